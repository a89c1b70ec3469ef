import { describe, expect, it } from "vitest";
import { commentsFile, importComments } from "@/lib/wordpress/comments";
import type { WxrComment } from "@/lib/wordpress/wxr";

const comment = (fields: Partial<WxrComment> & { id: string }): WxrComment => ({
  author: "Ann",
  url: "",
  date: "2010-05-04 09:00:00",
  dateGmt: "2010-05-04 07:00:00",
  content: "Hi",
  approved: "1",
  type: "",
  parent: "0",
  ...fields,
});
const text = (html: string) => html.replace(/<\/?em>/g, "*");

describe("importComments", () => {
  it("keeps approved comments only and counts pingbacks, trackbacks and the rest apart", () => {
    const { comments, counts } = importComments(
      [
        comment({ id: "1" }),
        comment({ id: "2", approved: "0" }),
        comment({ id: "3", approved: "spam" }),
        comment({ id: "4", approved: "trash" }),
        comment({ id: "5", type: "pingback" }),
        comment({ id: "6", type: "trackback", approved: "0" }),
      ],
      text,
    );
    expect(comments.map((c) => c.id)).toEqual(["wp-1"]);
    expect(counts).toEqual({ imported: 1, pings: 2, notApproved: 3 });
  });

  it("keeps replies, sorted by date, with dates in the site's offset and text converted", () => {
    const { comments } = importComments(
      [
        comment({ id: "2", parent: "1", date: "2010-05-04 10:00:00", dateGmt: "2010-05-04 08:00:00", content: "<em>Thanks</em>" }),
        comment({ id: "1", author: "Carol", url: "https://carol.example" }),
      ],
      text,
    );
    expect(comments).toEqual([
      { id: "wp-1", author: "Carol", url: "https://carol.example/", date: "2010-05-04T09:00:00+02:00", text: "Hi" },
      { id: "wp-2", parent: "wp-1", author: "Ann", date: "2010-05-04T10:00:00+02:00", text: "*Thanks*" },
    ]);
  });

  it("hangs a reply to a comment that is not approved on the nearest approved one", () => {
    const { comments } = importComments(
      [comment({ id: "1" }), comment({ id: "2", parent: "1", approved: "spam" }), comment({ id: "3", parent: "2" }), comment({ id: "4", parent: "99" })],
      text,
    );
    expect(comments.map((c) => [c.id, c.parent])).toEqual([
      ["wp-1", undefined],
      ["wp-3", "wp-1"],
      ["wp-4", undefined],
    ]);
  });

  it("drops a website that is not http(s), and writes no e-mail or IP field", () => {
    const { comments } = importComments([comment({ id: "1", url: "javascript:alert(1)" })], text);
    expect(comments[0]).not.toHaveProperty("url");
    const file = commentsFile(comments)!;
    expect(Object.keys(JSON.parse(file).comments[0]).sort()).toEqual(["author", "date", "id", "text"]);
  });

  it("writes no file for a post without approved comments", () => {
    expect(commentsFile(importComments([comment({ id: "1", approved: "0" })], text).comments)).toBeUndefined();
  });
});
