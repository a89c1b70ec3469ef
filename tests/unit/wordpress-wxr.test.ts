import fs from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readWxr, WxrError, type WxrEvent } from "@/lib/wordpress/wxr";

const FIXTURES = "tests/fixtures/wordpress";

async function read(text: string, chunkSize = 64): Promise<WxrEvent[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  const events: WxrEvent[] = [];
  for await (const event of readWxr(Readable.from(chunks), "export.xml")) events.push(event);
  return events;
}

const fixture = (name: string) => fs.readFileSync(`${FIXTURES}/${name}`, "utf8");
const items = (events: WxrEvent[]) => events.flatMap((e) => (e.kind === "item" ? [e.item] : []));

describe("readWxr", () => {
  it("reads the channel's settings and authors before the first item, not the <image> title", async () => {
    const events = await read(fixture("blog.xml"));
    expect(events[0].kind).toBe("channel");
    const channel = events[0].kind === "channel" ? events[0].channel : undefined;
    expect(channel).toMatchObject({
      title: "Ann & Bob\u2019s Blog",
      link: "http://old.example.com",
      description: "Notes from the garden",
      language: "en-GB",
      wxrVersion: "1.2",
      baseSiteUrl: "http://old.example.com",
    });
    expect(channel?.authors.get("ann")).toBe("Ann Smith");
  });

  it("reads every item with its fields, categories, meta and comments, across chunk boundaries", async () => {
    const all = items(await read(fixture("blog.xml"), 7));
    expect(all).toHaveLength(23);
    const hello = all[0];
    expect(hello).toMatchObject({ id: "10", name: "hello-world", status: "publish", type: "post", creator: "ann", guid: "http://old.example.com/?p=10" });
    expect(hello.content).toContain("<!--more-->");
    expect(hello.categories).toContainEqual({ domain: "category", nicename: "garden", name: "Garden &amp; Yard" });
    expect(hello.meta.get("_thumbnail_id")).toEqual(["30"]);
    expect(hello.comments.map((c) => c.id)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("never reads an e-mail address or an IP", async () => {
    const all = items(await read(fixture("blog.xml")));
    const text = JSON.stringify(all, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
    expect(text).not.toMatch(/secret\.example|mail\.example|203\.0\.113|198\.51\.100/);
  });

  it("reads an old export without CDATA: escaped markup and HTML entities", async () => {
    const events = await read(fixture("wxr-1.0.xml"));
    const channel = events[0].kind === "channel" ? events[0].channel : undefined;
    expect(channel?.title).toBe("Old\u00a0Times");
    const [post] = items(events);
    expect(post.title).toBe("Café & crème");
    expect(post.content).toBe("<p>Escaped <em>markup</em> from 2007.</p>");
  });

  it("a file cut off inside an item yields the items before it, then names the cut one", async () => {
    const text = fixture("blog.xml");
    const cut = text.slice(0, text.indexOf("The second post."));
    const events = await read(cut);
    expect(items(events).map((i) => i.id)).toEqual(["10"]);
    expect(events.at(-1)).toMatchObject({ kind: "truncated", item: "Second" });
  });

  it("stops at broken XML, naming the file and line", async () => {
    await expect(read(fixture("broken.xml"))).rejects.toThrow(/^export\.xml:12:\d+: .*cannot be read as XML/);
  });

  it("refuses a file that is not a WordPress export", async () => {
    await expect(read(fixture("not-wordpress.xml"))).rejects.toThrow(WxrError);
    await expect(read(fixture("not-wordpress.xml"))).rejects.toThrow(/not a WordPress export/);
    await expect(read("<html><body>hi</body></html>")).rejects.toThrow(/not a WordPress export/);
    await expect(read("<html><body>hi</body></html>")).rejects.toThrow(/its root element is <html>, not <rss>/);
    await expect(read(`<${"\u00e9".repeat(50)}>x</${"\u00e9".repeat(50)}>`)).rejects.toThrow(/\(it is not XML\)$/);
    await expect(read("")).rejects.toThrow(/no XML in it/);
  });
});
