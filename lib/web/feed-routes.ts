/** What the feed route handlers return: one function per format and scope. */
import { site } from "@/site.config";
import { renderFeed, FEED_CONTENT_TYPES, type FeedEntry, type FeedFormat } from "./feeds";
import { getFeedPosts, getTerm, type Post } from "../data/posts";
import { absoluteAsset, siteUrl } from "./seo";
import { FEED_PATHS, postPath, tagFeedPath, taxonomyPath } from "./urls";
import { pathIn, siteLanguage, translator } from "../i18n/site";
import { withoutCodeToolbars } from "../markdown/code-toolbar";


function toEntry(post: Post): FeedEntry {
  const url = siteUrl(pathIn(post.lang, postPath(post.slug)));
  return {
    title: post.title,
    url,
    guid: post.guid,
    published: new Date(post.instant),
    updated: post.lastmod ? new Date(`${post.lastmod}T00:00:00Z`) : undefined,
    summary: post.summary,
    // A copy button means nothing in a feed reader.
    html: withoutCodeToolbars(post.html),
    tags: post.tags,
    authors: post.authors,
    image: post.images[0] ? absoluteAsset(post.images[0]) : undefined,
  };
}

/**
 * One feed of one language (`lang`, default: the site's): its posts only,
 * its title and description, its section's URLs, and its code as the
 * feed's language.
 */
export function feedResponse(format: FeedFormat, tagSlug?: string, lang: string = site.language): Response {
  const term = tagSlug ? getTerm("tags", tagSlug, lang) : undefined;
  if (tagSlug && !term) return new Response("Not found", { status: 404 });
  const language = siteLanguage(lang);
  const at = (path: string) => siteUrl(pathIn(lang, path));
  const body = renderFeed(
    {
      title: term ? `${language.title}: ${term.name}` : language.title,
      description: term ? translator(lang)("feed.tagDescription", { name: term.name, site: language.title }) : language.description,
      home: at(term ? taxonomyPath("tags", term.slug) : "/"),
      language: lang,
      author: site.author,
      links: {
        rss: at(term ? tagFeedPath(term.slug) : FEED_PATHS.rss),
        atom: at(FEED_PATHS.atom),
        json: at(FEED_PATHS.json),
      },
      image: siteUrl("/icon.svg"),
      favicon: siteUrl("/icon.svg"),
    },
    getFeedPosts(site.feedItems, term?.slug, lang).map(toEntry),
    format,
  );
  return new Response(body, { headers: { "Content-Type": FEED_CONTENT_TYPES[format] } });
}
