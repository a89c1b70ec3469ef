/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one list of entries, serialized by
 * the `feed` package (it escapes and wraps CDATA correctly, `]]>` included).
 */
import { Feed } from "feed";

export interface FeedEntry {
  title: string;
  /** Absolute URL of the post; also its guid unless `guid` is set. */
  url: string;
  /**
   * The identifier feed readers already know the post by, when it is not its
   * URL (a WordPress guid, `http://old.example.com/?p=123`): RSS `<guid
   * isPermaLink="false">`, Atom `<id>`, JSON Feed `id`. Readers that saw the
   * post before a move do not show it again as new.
   */
  guid?: string;
  published: Date;
  updated?: Date;
  summary: string;
  /** Full post HTML; relative links and images are made absolute here. */
  html: string;
  tags: string[];
  authors: string[];
  image?: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute home page URL. */
  home: string;
  language: string;
  author: { name: string; email?: string; url?: string };
  /** Absolute URLs of this channel's feeds; `rss` is the self link of RSS. */
  links: { rss: string; atom: string; json: string };
  image?: string;
  favicon?: string;
}

export type FeedFormat = "rss" | "atom" | "json";

/** One feed document in `format`. */
export function renderFeed(channel: FeedChannel, entries: FeedEntry[], format: FeedFormat): string {
  const feed = buildFeed(channel, entries, format);
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return renderJsonFeed(feed, channel.language);
}

// `feed` writes Atom categories as attributes without escaping them.
const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function buildFeed(channel: FeedChannel, entries: FeedEntry[], format: FeedFormat): Feed {
  const categoriesAsAttributes = format === "atom";
  const sorted = [...entries].sort((a, b) => b.published.getTime() - a.published.getTime());
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: channel.home,
    link: channel.home,
    language: channel.language,
    image: channel.image,
    favicon: channel.favicon,
    copyright: `© ${channel.author.name}`,
    // The newest post's date, so an unchanged site builds an identical feed.
    updated: sorted[0]?.updated ?? sorted[0]?.published ?? new Date(0),
    generator: "Quire",
    feedLinks: channel.links,
    author: channel.author,
  });
  for (const entry of sorted) {
    const guid = entry.guid && entry.guid !== entry.url ? entry.guid : undefined;
    feed.addItem({
      title: entry.title,
      // RSS: without an id the link is the guid, isPermaLink="true"; an id is written isPermaLink="false".
      id: format === "rss" ? guid : (guid ?? entry.url),
      link: entry.url,
      date: entry.updated ?? entry.published,
      published: entry.published,
      description: entry.summary,
      content: absolutizeHtml(entry.html, entry.url),
      category: entry.tags.map((tag) => {
        const name = categoriesAsAttributes ? escapeAttribute(tag) : tag;
        return { name, term: name };
      }),
      author: (entry.authors.length ? entry.authors : [channel.author.name]).map((name) => ({ name })),
      image: entry.image,
    });
  }
  return feed;
}

/**
 * Feed readers show content away from the site: every `src`, `href`,
 * `poster` and `srcset` URL becomes absolute, resolved against the post's own URL.
 */
export function absolutizeHtml(html: string, base: string): string {
  const absolute = (value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) return value;
    try {
      return new URL(value.replace(/&amp;/g, "&"), base).toString().replace(/&/g, "&amp;");
    } catch {
      return value;
    }
  };
  return html.replace(/\b(src|href|poster|srcset)="([^"]*)"/g, (_match, attr: string, value: string) => {
    if (attr !== "srcset") return `${attr}="${absolute(value)}"`;
    // `url 480w, url 960w`: each candidate's URL, its descriptor kept.
    const candidates = value.split(",").map((candidate) => candidate.trim().replace(/^\S+/, absolute));
    return `srcset="${candidates.join(", ")}"`;
  });
}

export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/**
 * JSON Feed 1.1. The `feed` package writes version 1; 1.1 renames `author`
 * to an `authors` list and adds `language`.
 */
function renderJsonFeed(feed: Feed, language: string): string {
  type Author = { name?: string; url?: string };
  const data = JSON.parse(feed.json1()) as Record<string, unknown> & {
    author?: Author;
    items: Array<Record<string, unknown> & { author?: Author }>;
  };
  const { author, items, ...rest } = data;
  return JSON.stringify({
    ...rest,
    version: "https://jsonfeed.org/version/1.1",
    language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  });
}
