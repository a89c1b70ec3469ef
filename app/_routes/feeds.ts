/** The feed and search-index route handlers of every language (`/feed.xml`, `/fr/feed.xml`...). */
import { feedResponse } from "@/lib/feed-routes";
import type { FeedFormat } from "@/lib/feeds";
import { getOtherSectionLanguages, getTerms } from "@/lib/posts";
import { decodeSegment } from "@/lib/slugs";
import { site } from "@/site.config";
import { staticParams, type RouteParams } from "./language";

/** The language a handler answers for, or undefined (a 404) for a `root` that is no section. */
async function handlerLanguage(params: RouteParams | undefined): Promise<string | undefined> {
  const root = params ? (await params).root : undefined;
  if (root === undefined) return site.language;
  const code = decodeSegment(root);
  return getOtherSectionLanguages().includes(code) ? code : undefined;
}

const notFoundResponse = () => new Response("Not found", { status: 404 });

/** A language's site-wide feed in one format. */
export function feedHandler(format: FeedFormat) {
  return async function GET(_request: Request, context: { params: RouteParams }) {
    const lang = await handlerLanguage(context?.params);
    return lang ? feedResponse(format, undefined, lang) : notFoundResponse();
  };
}

/** One tag's RSS feed in a language. */
export async function tagFeedGET(_request: Request, { params }: { params: RouteParams<{ term: string }> }) {
  const lang = await handlerLanguage(params);
  return lang ? feedResponse("rss", decodeSegment((await params).term), lang) : notFoundResponse();
}

export function tagFeedParams(sections: boolean) {
  return staticParams(sections, (lang) => getTerms("tags", lang).map((term) => ({ term: term.slug })), () => ({ term: "-" }));
}

/** The sections' params for a handler with no params of its own. */
export function sectionParams() {
  return getOtherSectionLanguages().map((root) => ({ root }));
}
