import { feedResponse } from "@/lib/feed-routes";
import { getTerms } from "@/lib/posts";
import { decodeSegment } from "@/lib/slugs";
import { atLeastOne } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(
    getTerms("tags").map((term) => ({ term: term.slug })),
    { term: "-" },
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ term: string }> }) {
  return feedResponse("rss", decodeSegment((await params).term));
}
