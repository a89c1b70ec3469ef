/**
 * Reads a WordPress export (WXR 1.0, 1.1, 1.2; with or without CDATA) as a
 * stream: the channel's settings and authors, then one item at a time, so
 * that an export is never held whole. Built on saxes, a streaming
 * well-formedness-checking XML parser.
 *
 * Element names are matched as written (`wp:post_id`): WordPress always
 * spells its prefixes this way, whatever namespace version the file declares.
 * E-mail addresses and IPs (authors', commenters') are never read.
 */
import { SaxesParser } from "saxes";
import { decodeHTML } from "entities";

export interface WxrChannel {
  title: string;
  link: string;
  description: string;
  /** When the export was made (RSS date). */
  pubDate: string;
  language: string;
  wxrVersion: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  /** Author login -> display name. */
  authors: Map<string, string>;
}

export interface WxrCategory {
  /** "category" or "post_tag" (or a custom taxonomy). */
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrComment {
  id: string;
  author: string;
  url: string;
  date: string;
  dateGmt: string;
  content: string;
  /** "1" approved, "0" pending, "spam", "trash". */
  approved: string;
  /** "" or "comment" for a comment, "pingback", "trackback". */
  type: string;
  parent: string;
}

export interface WxrItem {
  /** Line in the export where the item starts, for messages. */
  line: number;
  title: string;
  link: string;
  pubDate: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  id: string;
  postDate: string;
  postDateGmt: string;
  modified: string;
  modifiedGmt: string;
  name: string;
  status: string;
  parent: string;
  menuOrder: string;
  type: string;
  password: string;
  attachmentUrl: string;
  categories: WxrCategory[];
  meta: Map<string, string[]>;
  comments: WxrComment[];
}

export type WxrEvent =
  | { kind: "channel"; channel: WxrChannel }
  | { kind: "item"; item: WxrItem }
  /** The file ends inside the channel: what came before is whole; `item` names the one cut off. */
  | { kind: "truncated"; line: number; item?: string };

/** The file cannot be read as XML, or is not a WordPress export: the import stops. */
export class WxrError extends Error {}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  pubDate: "pubDate",
  "dc:creator": "creator",
  guid: "guid",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "id",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_modified": "modified",
  "wp:post_modified_gmt": "modifiedGmt",
  "wp:post_name": "name",
  "wp:status": "status",
  "wp:post_parent": "parent",
  "wp:menu_order": "menuOrder",
  "wp:post_type": "type",
  "wp:post_password": "password",
  "wp:attachment_url": "attachmentUrl",
};

const CHANNEL_FIELDS: Record<string, keyof WxrChannel> = {
  title: "title",
  link: "link",
  description: "description",
  pubDate: "pubDate",
  language: "language",
  "wp:wxr_version": "wxrVersion",
  "wp:base_site_url": "baseSiteUrl",
  "wp:base_blog_url": "baseBlogUrl",
};

const COMMENT_FIELDS: Record<string, keyof WxrComment> = {
  "wp:comment_id": "id",
  "wp:comment_author": "author",
  "wp:comment_author_url": "url",
  "wp:comment_date": "date",
  "wp:comment_date_gmt": "dateGmt",
  "wp:comment_content": "content",
  "wp:comment_approved": "approved",
  "wp:comment_type": "type",
  "wp:comment_parent": "parent",
};

/** Fields whose text is kept as it is; every other is trimmed. */
const VERBATIM = new Set(["content:encoded", "excerpt:encoded", "wp:comment_content"]);

function newItem(line: number): WxrItem {
  return {
    line,
    title: "",
    link: "",
    pubDate: "",
    creator: "",
    guid: "",
    content: "",
    excerpt: "",
    id: "",
    postDate: "",
    postDateGmt: "",
    modified: "",
    modifiedGmt: "",
    name: "",
    status: "",
    parent: "",
    menuOrder: "",
    type: "",
    password: "",
    attachmentUrl: "",
    categories: [],
    meta: new Map(),
    comments: [],
  };
}

function newComment(): WxrComment {
  return { id: "", author: "", url: "", date: "", dateGmt: "", content: "", approved: "", type: "", parent: "" };
}

/**
 * HTML's named entities (`&nbsp;`, `&eacute;`) as old exports wrote them
 * outside CDATA; XML knows five. Anything else is still an error.
 */
function htmlEntities(predefined: Record<string, string>): Record<string, string> {
  return new Proxy(predefined, {
    get(target, name) {
      if (typeof name !== "string") return undefined;
      if (name in target) return target[name];
      const decoded = decodeHTML(`&${name};`);
      return decoded === `&${name};` ? undefined : decoded;
    },
  });
}

/**
 * The export's events, in file order: `channel` once (before the first item,
 * or at the end when there is none), each `item`, and `truncated` when the
 * file stops early. Throws WxrError naming file and line when the XML is
 * broken, or when the file is not a WordPress export.
 */
export async function* readWxr(chunks: AsyncIterable<string | Buffer>, file: string): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ fileName: file, position: true });
  parser.ENTITIES = htmlEntities(parser.ENTITIES);
  const events: WxrEvent[] = [];
  const stack: string[] = [];
  const channel: WxrChannel = {
    title: "",
    link: "",
    description: "",
    pubDate: "",
    language: "",
    wxrVersion: "",
    baseSiteUrl: "",
    baseBlogUrl: "",
    authors: new Map(),
  };
  let sawRss = false;
  let sawWordpress = false;
  let channelSent = false;
  let text = "";
  let item: WxrItem | undefined;
  let comment: WxrComment | undefined;
  let category: Omit<WxrCategory, "name"> | undefined;
  let metaKey = "";
  let author = { login: "", display: "" };
  let error: Error | undefined;

  const sendChannel = () => {
    if (channelSent) return;
    channelSent = true;
    if (!sawWordpress) {
      throw new WxrError(`${file}: not a WordPress export (no wp:wxr_version or WordPress namespace in its <rss> channel)`);
    }
    events.push({ kind: "channel", channel });
  };

  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("opentag", (tag) => {
    const name = tag.name;
    const parent = stack[stack.length - 1];
    stack.push(name);
    text = "";
    if (stack.length === 1) {
      if (name !== "rss") {
        const what = /^[\w:.-]{1,40}$/.test(name) ? `its root element is <${name}>, not <rss>` : "it is not XML";
        throw new WxrError(`${file}: not a WordPress export (${what})`);
      }
      sawRss = true;
      sawWordpress = Object.entries(tag.attributes).some(([key, value]) => key === "xmlns:wp" && /wordpress\.org\/export/.test(String(value)));
      return;
    }
    if (parent === "channel" && name === "item") {
      sendChannel();
      item = newItem(parser.line);
    } else if (item && parent === "item" && name === "wp:comment") {
      comment = newComment();
    } else if (item && parent === "item" && name === "category") {
      const attr = tag.attributes as Record<string, string>;
      category = { domain: attr.domain ?? "category", nicename: attr.nicename ?? "" };
    } else if (parent === "channel" && name === "wp:author") {
      author = { login: "", display: "" };
    }
  });
  const addText = (chunk: string) => {
    text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", (tag) => {
    const name = tag.name;
    stack.pop();
    const parent = stack[stack.length - 1];
    const value = VERBATIM.has(name) ? text : text.trim();
    if (item && name === "item" && parent === "channel") {
      events.push({ kind: "item", item });
      item = undefined;
    } else if (item && comment && parent === "wp:comment") {
      const field = COMMENT_FIELDS[name];
      if (field) comment[field] = value;
    } else if (item && comment && name === "wp:comment") {
      item.comments.push(comment);
      comment = undefined;
    } else if (item && parent === "wp:postmeta") {
      if (name === "wp:meta_key") metaKey = value;
      else if (name === "wp:meta_value") item.meta.set(metaKey, [...(item.meta.get(metaKey) ?? []), value]);
    } else if (item && parent === "item") {
      if (name === "category" && category) {
        item.categories.push({ ...category, name: value });
        category = undefined;
      } else {
        const field = ITEM_FIELDS[name];
        if (field) (item as unknown as Record<string, string>)[field] = value;
      }
    } else if (parent === "wp:author") {
      if (name === "wp:author_login") author.login = value;
      else if (name === "wp:author_display_name") author.display = value;
    } else if (parent === "channel") {
      if (name === "wp:author") {
        if (author.login) channel.authors.set(author.login, author.display || author.login);
      } else {
        const field = CHANNEL_FIELDS[name];
        if (field) (channel as unknown as Record<string, string>)[field] = value;
        if (name === "wp:wxr_version") sawWordpress = true;
      }
    }
    text = "";
  });

  const fail = (e: Error): never => {
    // saxes names file, line and column: "export.xml:12:4: unexpected end."
    throw new WxrError(`${e.message.split("\n")[0]} (the file cannot be read as XML)`);
  };
  // A multi-byte character may straddle two chunks.
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) fail(error);
    yield* events.splice(0);
  }
  const line = parser.line;
  const openItem = item ? item.title || (item.name ? `slug ${item.name}` : `item at line ${item.line}`) : undefined;
  parser.close();
  if (!sawRss) throw new WxrError(`${file}: not a WordPress export (no XML in it)`);
  const cut = error !== undefined || stack.length > 0;
  if (cut && !channelSent && !item) fail(error ?? new Error(`${file}:${line}: the file ends early`));
  sendChannel();
  yield* events.splice(0);
  if (cut) yield { kind: "truncated", line, item: openItem };
}
