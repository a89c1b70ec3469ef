import { getSearchIndex } from "@/lib/search/site-index";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getSearchIndex().manifest.shards.map((key) => ({ shard: `${key}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ shard: string }> }) {
  const key = (await params).shard.replace(/\.json$/, "");
  return Response.json(getSearchIndex().shards.get(key) ?? {});
}
