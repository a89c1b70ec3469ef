import { getSearchIndex } from "@/lib/search/site-index";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getSearchIndex().texts.map((_, index) => ({ doc: `${index}.txt` }));
}

/** One post's plain text, fetched only for the top results' snippets. */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string }> }) {
  const index = Number((await params).doc.replace(/\.txt$/, ""));
  return new Response(getSearchIndex().texts[index] ?? "", {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
