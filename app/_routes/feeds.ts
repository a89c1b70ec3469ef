/** The feed and search-index route handlers of every language (`/feed.xml`, `/fr/feed.xml`...). */
import { feedResponse } from "@/lib/web/feed-routes";
import type { FeedFormat } from "@/lib/web/feeds";
import { getTerms } from "@/lib/data/posts";
import { decodeSegment } from "@/lib/web/slugs";
import { sectionLanguage, staticParams, type RouteParams } from "./language";
import { PLACEHOLDER } from "@/lib/web/static-params";

const notFoundResponse = () => new Response("Not found", { status: 404 });

/** A language's site-wide feed in one format. */
export function feedHandler(format: FeedFormat) {
  return async function GET(_request: Request, context: { params: RouteParams }) {
    const lang = await sectionLanguage(context?.params);
    return lang ? feedResponse(format, undefined, lang) : notFoundResponse();
  };
}

/** One tag's RSS feed in a language. */
export async function tagFeedGET(_request: Request, { params }: { params: RouteParams<{ term: string }> }) {
  const lang = await sectionLanguage(params);
  return lang ? feedResponse("rss", decodeSegment((await params).term), lang) : notFoundResponse();
}

export function tagFeedParams(sections: boolean) {
  return staticParams(sections, (lang) => getTerms("tags", lang).map((term) => ({ term: term.slug })), () => ({ term: PLACEHOLDER }));
}
