import fs from "node:fs";
import { SaxesParser } from "saxes";

/** One `<item>` of a WordPress export, with the few fields the body tests read. */
export interface WxrItem {
  title: string;
  postId: string;
  postType: string;
  status: string;
  content: string;
  attachmentUrl: string;
  postParent: string;
  /** The text of each comment (`wp:comment_content`), whatever its status. */
  comments: string[];
}

/** The items of a WordPress export (WXR), read with a streaming XML parser. */
export function readWxrItems(file: string): WxrItem[] {
  const items: WxrItem[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let item: WxrItem | undefined;
  let field = "";
  let text = "";
  const FIELDS: Record<string, Exclude<keyof WxrItem, "comments"> | "comment"> = {
    "wp:comment_content": "comment",
    title: "title",
    "wp:post_id": "postId",
    "wp:post_type": "postType",
    "wp:status": "status",
    "content:encoded": "content",
    "wp:attachment_url": "attachmentUrl",
    "wp:post_parent": "postParent",
  };
  parser.on("opentag", (tag) => {
    if (tag.name === "item") item = { title: "", postId: "", postType: "", status: "", content: "", attachmentUrl: "", postParent: "", comments: [] };
    else if (item && FIELDS[tag.name] && !field) {
      field = tag.name;
      text = "";
    }
  });
  parser.on("text", (value) => {
    if (field) text += value;
  });
  parser.on("cdata", (value) => {
    if (field) text += value;
  });
  parser.on("closetag", (tag) => {
    if (item && tag.name === field) {
      const key = FIELDS[field];
      if (key === "comment") item.comments.push(text);
      // Fields inside a comment (none are read) never overwrite the item's own.
      else item[key] = text;
      field = "";
    } else if (tag.name === "item" && item) {
      items.push(item);
      item = undefined;
    }
  });
  const fd = fs.openSync(file, "r");
  const chunk = Buffer.alloc(1 << 16);
  const decoder = new TextDecoder("utf-8");
  try {
    for (;;) {
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      parser.write(decoder.decode(chunk.subarray(0, read), { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } finally {
    fs.closeSync(fd);
  }
  return items;
}
