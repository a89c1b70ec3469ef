/** What the feed route handlers return: one function per format and scope. */
import { site } from "@/site.config";
import { renderFeed, FEED_CONTENT_TYPES, type FeedEntry, type FeedFormat } from "./feeds";
import { getFeedPosts, getTerm, type Post } from "./posts";
import { absoluteAsset, siteUrl } from "./seo";
import { FEED_PATHS, postPath, tagFeedPath, taxonomyPath } from "./urls";
import { withoutCodeToolbars } from "./markdown/code-toolbar";


function toEntry(post: Post): FeedEntry {
  const url = siteUrl(postPath(post.slug));
  return {
    title: post.title,
    url,
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

export function feedResponse(format: FeedFormat, tagSlug?: string): Response {
  const term = tagSlug ? getTerm("tags", tagSlug) : undefined;
  if (tagSlug && !term) return new Response("Not found", { status: 404 });
  const body = renderFeed(
    {
      title: term ? `${site.title}: ${term.name}` : site.title,
      description: term ? `Posts tagged ${term.name} on ${site.title}` : site.description,
      home: siteUrl(term ? taxonomyPath("tags", term.slug) : "/"),
      language: site.language,
      author: site.author,
      links: term
        ? { rss: siteUrl(tagFeedPath(term.slug)), atom: siteUrl(FEED_PATHS.atom), json: siteUrl(FEED_PATHS.json) }
        : { rss: siteUrl(FEED_PATHS.rss), atom: siteUrl(FEED_PATHS.atom), json: siteUrl(FEED_PATHS.json) },
      image: siteUrl("/icon.svg"),
      favicon: siteUrl("/icon.svg"),
    },
    getFeedPosts(site.feedItems, term?.slug).map(toEntry),
    format,
  );
  return new Response(body, { headers: { "Content-Type": FEED_CONTENT_TYPES[format] } });
}
