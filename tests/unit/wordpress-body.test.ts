import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertBody, convertCommentText, type BodyContext } from "@/lib/wordpress/body";
import { renderMarkdown } from "@/lib/markdown/render";
import { expandAdmonitions } from "@/lib/markdown/admonitions";

const OLD = "http://old.example.com";
const UPLOADS = `${OLD}/wp-content/uploads/2010/05`;

/** The import's answers, as its context gives them: uploads beside the post, old posts at their new paths. */
function context(over: Partial<BodyContext> = {}): BodyContext {
  return {
    item: "A post",
    linkTarget: (url) => (url === `${OLD}/?p=12` || url === `${OLD}/2010/05/03/hello/` ? "/blog/hello" : undefined),
    uploadTarget: (url) => (url.startsWith(UPLOADS) ? `images/${url.slice(UPLOADS.length + 1).replace(/-\d+x\d+(?=\.)/, "")}` : undefined),
    attachment: (id) => ({ "5": `${UPLOADS}/five.jpg`, "6": `${UPLOADS}/six.png` })[id],
    ...over,
  };
}

const md = (html: string, over: Partial<BodyContext> = {}) => convertBody(html, context(over)).markdown;

const root = path.resolve("tests/fixtures/content");
/** Renders Markdown as Quire's content step renders a `.md` post (lib/build/analyze-post). */
async function render(markdown: string): Promise<string> {
  const { html } = await renderMarkdown(expandAdmonitions(markdown), { title: "A post", root, file: path.join(root, "2010/2010-05-03-a.md"), warn: () => {} });
  return html;
}

describe("classic editor text: WordPress's automatic paragraphs", () => {
  it("makes paragraphs of blank lines and breaks of single line breaks", () => {
    expect(md("First line\nsecond line\n\nNext paragraph")).toBe("First line\\\nsecond line\n\nNext paragraph\n");
  });

  it("leaves <pre> alone and does not wrap block elements", () => {
    const out = md("Intro\n<pre>a\n\n  b</pre>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<blockquote>Quoted\n\nTwice</blockquote>");
    expect(out).toBe("Intro\n\n```\na\n\n  b\n```\n\n- one\n- two\n\n> Quoted\n>\n> Twice\n");
  });

  it("reads <br><br> inside a paragraph as the paragraph break it shows", () => {
    expect(md("<p>One<br><br>Two<br>Three</p>")).toBe("One\n\nTwo\\\nThree\n");
  });

  it("reads a classic post that shows block markup in its code as classic", () => {
    expect(md(`Blocks look like this:\n<pre lang="html"><!-- wp:paragraph --><p>x</p><!-- /wp:paragraph --></pre>\nLine one\nline two`)).toBe(
      "Blocks look like this:\n\n```html\n<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->\n```\n\nLine one\\\nline two\n",
    );
  });

  it("applies no automatic paragraphs to a block-editor post", () => {
    expect(md("<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->")).toBe("a b\n");
  });
});

describe("Gutenberg blocks", () => {
  it("keeps an image with its caption, at its upload's new place, without the link to itself", () => {
    const result = convertBody(
      `<!-- wp:image {"id":5,"linkDestination":"media"} -->\n<figure class="wp-block-image"><a href="${UPLOADS}/five.jpg"><img src="${UPLOADS}/five-300x200.jpg" alt="Five" class="wp-image-5" srcset="${UPLOADS}/five-300x200.jpg 300w, ${UPLOADS}/five.jpg 1200w"/></a><figcaption class="wp-element-caption">The <em>fifth</em></figcaption></figure>\n<!-- /wp:image -->`,
      context(),
    );
    expect(result.markdown).toBe('<figure class="wp-block-image"><img src="images/five.jpg" alt="Five"><figcaption class="wp-element-caption">The <em>fifth</em></figcaption></figure>\n');
    expect(result.converted).toEqual({ "wp:image": 1 });
  });

  it("writes an image without a caption as a Markdown image", () => {
    expect(md(`<!-- wp:image -->\n<figure class="wp-block-image"><img src="${UPLOADS}/six.png" alt="Six"/></figure>\n<!-- /wp:image -->`)).toBe("![Six](images/six.png)\n");
  });

  it("turns a gallery into its pictures", () => {
    const out = md(
      `<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="${UPLOADS}/five.jpg" alt="" class="wp-image-5"/></figure>\n<!-- /wp:image --><!-- wp:image {"id":6} -->\n<figure class="wp-block-image"><img src="${UPLOADS}/six.png" alt="" class="wp-image-6"/><figcaption>Six</figcaption></figure>\n<!-- /wp:image --><figcaption class="blocks-gallery-caption">Both</figcaption></figure>\n<!-- /wp:gallery -->`,
    );
    expect(out).toBe('![](images/five.jpg)\n\n<figure class="wp-block-image"><img src="images/six.png" alt=""><figcaption>Six</figcaption></figure>\n\nBoth\n');
  });

  it("keeps code exactly, with the language from the block or its class", () => {
    const code = 'if (a < b && c > d) {\n\treturn "x";\n}';
    const escaped = code.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(md(`<!-- wp:code {"language":"js"} -->\n<pre class="wp-block-code"><code>${escaped}</code></pre>\n<!-- /wp:code -->`)).toBe("```javascript\n" + code + "\n```\n");
    expect(md(`<!-- wp:code -->\n<pre class="wp-block-code"><code lang="python" class="language-python">print(1)</code></pre>\n<!-- /wp:code -->`)).toBe("```python\nprint(1)\n```\n");
  });

  it("writes preformatted text as a code block without a language", () => {
    expect(md(`<!-- wp:preformatted -->\n<pre class="wp-block-preformatted">  two <strong>spaces</strong></pre>\n<!-- /wp:preformatted -->`)).toBe("```\n  two spaces\n```\n");
  });

  it("converts headings, quotes, lists, separators and buttons", () => {
    const out = md(
      [
        `<!-- wp:heading -->\n<h2 class="wp-block-heading">Part</h2>\n<!-- /wp:heading -->`,
        `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Said</p>\n<!-- /wp:paragraph --><cite>Someone</cite></blockquote>\n<!-- /wp:quote -->`,
        `<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>One</li>\n<!-- /wp:list-item --><!-- wp:list-item -->\n<li>Two</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->`,
        `<!-- wp:separator -->\n<hr class="wp-block-separator"/>\n<!-- /wp:separator -->`,
        `<!-- wp:buttons -->\n<div class="wp-block-buttons"><!-- wp:button -->\n<div class="wp-block-button"><a class="wp-block-button__link" href="https://example.com/go">Go</a></div>\n<!-- /wp:button --></div>\n<!-- /wp:buttons -->`,
      ].join("\n\n"),
    );
    expect(out).toBe("## Part\n\n> Said\n>\n> <cite>Someone</cite>\n\n- One\n- Two\n\n---\n\n[Go](https://example.com/go)\n");
  });

  it("writes a simple table as a GFM table and one with merged cells as HTML", () => {
    const simple = md(`<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></figure>\n<!-- /wp:table -->`);
    expect(simple).toBe("| A | B |\n| - | - |\n| 1 | 2 |\n");
    const merged = md(`<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td colspan="2">wide</td></tr><tr><td>1</td><td>2</td></tr></tbody></table></figure>\n<!-- /wp:table -->`);
    expect(merged).toBe('<table><tbody><tr><td colspan="2">wide</td></tr><tr><td>1</td><td>2</td></tr></tbody></table>\n');
  });

  it("makes an embed a link to the page it plays", () => {
    const result = convertBody(
      `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc123","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc123\n</div><figcaption>A talk</figcaption></figure>\n<!-- /wp:embed -->`,
      context(),
    );
    expect(result.markdown).toBe("<https://www.youtube.com/watch?v=abc123>\n\nA talk\n");
    expect(result.converted).toEqual({ "wp:embed": 1 });
  });

  it("keeps an unknown block's content and names it in `left`", () => {
    const result = convertBody(`<!-- wp:acme/callout {"tone":"warm"} -->\n<div class="callout"><p>Careful</p></div>\n<!-- /wp:acme/callout -->\n<!-- wp:latest-posts /-->`, context());
    expect(result.markdown).toBe("Careful\n");
    expect(result.left).toEqual({ "wp:acme/callout": 1, "wp:latest-posts": 1 });
  });

  it("unwraps groups and columns, keeping what is inside", () => {
    const out = md(`<!-- wp:group -->\n<div class="wp-block-group"><!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Left</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns --></div>\n<!-- /wp:group -->`);
    expect(out).toBe("Left\n");
  });
});

describe("shortcodes", () => {
  it("makes [caption] a picture with its caption, taking the full-size image the link pointed at", () => {
    const result = convertBody(
      `Before\n\n[caption id="attachment_7" align="alignleft" width="300"]<a href="${UPLOADS}/seven.jpg"><img class="size-medium" src="${UPLOADS}/seven-300x200.jpg" alt="Seven" width="300" height="200" /></a> Seven &amp; more[/caption]\n\nAfter`,
      context(),
    );
    expect(result.markdown).toBe('Before\n\n<figure><img src="images/seven.jpg" alt="Seven"><figcaption>Seven &#x26; more</figcaption></figure>\n\nAfter\n');
    expect(result.converted).toEqual({ caption: 1 });
  });

  it("reads the older caption attribute too", () => {
    expect(md(`[caption id="" caption="Old style"]<img src="https://elsewhere.example/x.png" alt="" />[/caption]`)).toBe(
      '<figure><img src="https://elsewhere.example/x.png" alt=""><figcaption>Old style</figcaption></figure>\n',
    );
  });

  it("turns [gallery ids] into its images, and [gallery] into the post's attached ones", () => {
    expect(md(`[gallery ids="5,6" columns="2"]`)).toBe("![](images/five.jpg)\n\n![](images/six.png)\n");
    expect(md(`[gallery]`, { attachedImages: () => [`${UPLOADS}/six.png`] })).toBe("![](images/six.png)\n");
  });

  it("names a gallery whose pictures are unknown in `left` and leaves no shortcode text", () => {
    const result = convertBody(`Text\n\n[gallery ids="99"]`, context());
    expect(result.markdown).toBe("Text\n");
    expect(result.left).toEqual({ gallery: 1 });
  });

  it("makes the [code] family fenced code with the language", () => {
    expect(md(`[code lang="php"]\n<?php echo $a && $b; ?>\n[/code]`)).toBe("```php\n<?php echo $a && $b; ?>\n```\n");
    expect(md(`[sourcecode language="css"]a > b { color: red; }[/sourcecode]`)).toBe("```css\na > b { color: red; }\n```\n");
    expect(md(`[python]\nif a &lt; b:\n    pass\n[/python]`)).toBe("```python\nif a < b:\n    pass\n```\n");
    expect(md(`[js]\nlet x = 1;\nx++;\n[/js]`)).toBe("```javascript\nlet x = 1;\nx++;\n```\n");
  });

  it("makes a one-line [code] inside a sentence inline code", () => {
    expect(md(`Run [code]ls -la[/code] first.`)).toBe("Run `ls -la` first.\n");
  });

  it("makes [youtube], [video], [audio] and [embed] links", () => {
    expect(md(`[youtube https://www.youtube.com/watch?v=abc123]`)).toBe("<https://www.youtube.com/watch?v=abc123>\n");
    expect(md(`[youtube=http://www.youtube.com/watch?v=abc123&amp;w=425]`)).toBe("<http://www.youtube.com/watch?v=abc123&w=425>\n");
    expect(md(`[video mp4="${UPLOADS}/clip.mp4"][/video]`)).toBe("[clip.mp4](images/clip.mp4)\n");
    expect(md(`[video mp4="${UPLOADS}/gone.mp4"][/video]`, { uploadTarget: () => undefined })).toBe(`[gone.mp4](${UPLOADS}/gone.mp4)\n`);
    expect(md(`[audio src="https://cdn.example/a.mp3"]`)).toBe("[a.mp3](https://cdn.example/a.mp3)\n");
    expect(md(`[embed]https://vimeo.com/123[/embed]`)).toBe("<https://vimeo.com/123>\n");
  });

  it("makes a bare embed address on its own line a link", () => {
    const result = convertBody("Watch this:\nhttps://www.youtube.com/watch?v=abc123\nGreat.", context());
    expect(result.markdown).toBe("Watch this:\n\n<https://www.youtube.com/watch?v=abc123>\n\nGreat.\n");
    expect(result.converted).toEqual({ "embed-url": 1 });
  });

  it("keeps an unknown shortcode as text and counts it; brackets in prose are not counted", () => {
    const result = convertBody(`[swfobj src="/a.swf" width="128"] and [sic] and [box]inside[/box]`, context());
    expect(result.left).toEqual({ swfobj: 1, box: 1 });
    expect(result.markdown).toContain('swfobj src="/a.swf" width="128"]');
    expect(result.markdown).toContain("inside");
  });

  it("matches names exactly: ActionScript's [Embed(...)] and [SWF(...)] are no shortcodes", () => {
    const result = convertBody(`<p>[Embed(source="a.swf")] and [SWF(width="750")]</p>`, context());
    expect(result.converted).toEqual({});
    expect(result.left).toEqual({});
    expect(result.markdown).toBe('\\[Embed(source="a.swf")] and \\[SWF(width="750")]\n');
  });

  it("makes the players of old plugins ([quicktime], [flv]) links to their files", () => {
    expect(md(`[quicktime]/wp-content/uploads/2009/04/talk.mov[/quicktime]`, { uploadTarget: (url) => (url.startsWith("/wp-content/uploads/") ? "images/talk.mov" : undefined) })).toBe(
      "[talk.mov](images/talk.mov)\n",
    );
  });

  it("writes an escaped [[caption]] as the literal text", () => {
    const result = convertBody(`Use [[caption]] to caption.`, context());
    expect(result.converted).toEqual({});
    expect(result.markdown).toBe("Use \\[caption] to caption.\n");
  });
});

describe("<pre lang> (WP-Syntax)", () => {
  it("decodes the text when escaped=\"true\"", () => {
    expect(md(`<pre lang="html" escaped="true">&lt;p class=&quot;a&quot;&gt;A &amp;amp; B&lt;/p&gt;</pre>`)).toBe('```html\n<p class="a">A &amp; B</p>\n```\n');
  });

  it("keeps text with bare tags exactly as typed: tabs, entities, blank lines", () => {
    const code = '<link rel="stylesheet" href="a.css">\n\t<script>if (a < b) x = "&lt;";</script>\n\n<p>end</p>';
    expect(md(`Intro:\n<pre lang="html">${code}</pre>\nOutro`)).toBe("Intro:\n\n```html\n" + code + "\n```\n\nOutro\n");
  });

  it("reads CRLF line ends as lines", () => {
    expect(md(`<pre lang="text">a\r\n\tb\r\nc</pre>`)).toBe("```text\na\n\tb\nc\n```\n");
  });

  it("fences code with more backticks than any run inside it", () => {
    expect(md('<pre lang="markdown">```js\nx\n```</pre>')).toBe("````markdown\n```js\nx\n```\n````\n");
  });
});

describe("images and links", () => {
  it("rewrites links to old posts and leaves other links alone", () => {
    expect(md(`See <a href="${OLD}/?p=12">this</a> and <a href="${OLD}/2010/05/03/hello/">that</a> and <a href="https://example.org/">them</a>.`)).toBe(
      "See [this](/blog/hello) and [that](/blog/hello) and [them](https://example.org/).\n",
    );
  });

  it("takes the largest srcset candidate and drops srcset", () => {
    expect(md(`<img src="${UPLOADS}/a-300x200.jpg" srcset="${UPLOADS}/a-300x200.jpg 300w, ${UPLOADS}/a-1024x683.jpg 1024w, ${UPLOADS}/a-768x512.jpg 768w" alt="A">`)).toBe("![A](images/a.jpg)\n");
  });

  it("keeps an image that is not an upload as it is, and a link to another picture", () => {
    expect(md(`<a href="https://flickr.example/big.jpg"><img src="https://flickr.example/small.jpg" alt="F"></a>`)).toBe("[![F](https://flickr.example/small.jpg)](https://flickr.example/big.jpg)\n");
  });

  it("drops a link to the attachment page", () => {
    expect(md(`<a href="${OLD}/?attachment_id=5" rel="attachment wp-att-5"><img src="${UPLOADS}/five-150x150.jpg" class="wp-image-5" alt="" /></a>`)).toBe("![](images/five.jpg)\n");
  });

  it("keeps the address an image was written with when its file is not at hand, not its attachment's older one", () => {
    // The export's attachment record says http; the post was written with https.
    const written = "https://old.example.com/wp-content/uploads/2025/03/image-7-1024x576.png";
    const out = md(`<img src="${written}" class="wp-image-7" srcset="${written} 1024w, https://old.example.com/wp-content/uploads/2025/03/image-7.png 1600w" alt="A chart"/>`, {
      uploadTarget: () => undefined,
      attachment: (id) => (id === "7" ? "http://old.example.com/wp-content/uploads/2025/03/image-7.png" : undefined),
    });
    expect(out).toBe("![A chart](https://old.example.com/wp-content/uploads/2025/03/image-7.png)\n");
  });

  it("puts players side by side on lines of their own", () => {
    expect(md(`<p><iframe src="https://www.youtube.com/embed/a1"></iframe><iframe src="https://player.vimeo.com/video/22"></iframe></p>`)).toBe(
      "<https://www.youtube.com/watch?v=a1>\\\n<https://vimeo.com/22>\n",
    );
  });

  it("makes an embedded player a link to its page", () => {
    const result = convertBody(`<iframe width="560" height="315" src="https://www.youtube.com/embed/abc123" frameborder="0"></iframe>`, context());
    expect(result.markdown).toBe("<https://www.youtube.com/watch?v=abc123>\n");
    expect(result.converted).toEqual({ "<iframe>": 1 });
  });
});

describe("text that must not turn into Markdown", () => {
  it("escapes what would read as a list, a heading, emphasis or HTML, and Quire shows the words as written", async () => {
    const out = md("1. not a list\n\n# not a heading\n\nstars * here * and <notatag> and a < b");
    expect(out).toBe("1\\. not a list\n\n\\# not a heading\n\nstars \\* here \\* and \\<notatag> and a < b\n");
    const html = await render(out);
    expect(html).toContain("<p>1. not a list</p>");
    expect(html).toContain("<p># not a heading</p>");
    expect(html).toContain("stars * here * and &#x3C;notatag> and a &#x3C; b");
  });
});

describe("tags that name no HTML element", () => {
  it("are the text the author typed, as written", () => {
    expect(md("Set <Hostname>web1</Hostname> and <your name> here.")).toBe("Set \\<Hostname>web1\\</Hostname> and \\<your name> here.\n");
  });
});

describe("what Markdown cannot hold", () => {
  it("stays HTML that Quire renders", async () => {
    const out = md(`H<sub>2</sub>O and E=mc<sup>2</sup>\n\n[caption]<img src="https://elsewhere.example/x.png" alt="X" /> Caption[/caption]`);
    expect(out).toBe('H<sub>2</sub>O and E=mc<sup>2</sup>\n\n<figure><img src="https://elsewhere.example/x.png" alt="X"><figcaption>Caption</figcaption></figure>\n');
    const html = await render(out);
    expect(html).toContain("H<sub>2</sub>O");
    expect(html).toMatch(/<figure><img[^>]*src="https:\/\/elsewhere\.example\/x\.png"[^>]*><figcaption>Caption<\/figcaption><\/figure>/);
  });
});

describe("<!--more--> and <!--nextpage-->", () => {
  it("gives the plain text before the marker as the teaser and removes both markers", () => {
    const result = convertBody("The <strong>start</strong> of it.\n\nSecond.\n<!--more Read on-->\nRest.\n<!--nextpage-->\nPage two.", context());
    expect(result.teaser).toBe("The start of it. Second.");
    expect(result.markdown).toBe("The **start** of it.\n\nSecond.\n\nRest.\n\nPage two.\n");
  });

  it("leaves a marker shown in code alone", () => {
    const result = convertBody(`Use it like this:\n<pre lang="html">Intro<!--more-->Rest</pre>`, context());
    expect(result.teaser).toBeUndefined();
    expect(result.markdown).toContain("Intro<!--more-->Rest");
  });

  it("leaves out of the teaser the tags of a shortcode the body keeps as text", () => {
    const result = convertBody('Click to start the animation: [swfobj src="/wp-content/uploads/flash/tunnel.swf" width="400"] and [note]mind the [[brackets]][/note].\n\n<!--more-->\n\nThe rest.', context());
    expect(result.teaser).toBe("Click to start the animation: and mind the [brackets].");
    expect(result.markdown).toContain("swfobj");
  });

  it("has no teaser without the marker, or with nothing before it", () => {
    expect(convertBody("Just text.", context()).teaser).toBeUndefined();
    const result = convertBody(`<!--more-->\nAll of it.`, context());
    expect(result.teaser).toBeUndefined();
    expect(result.markdown).toBe("All of it.\n");
  });

  it("finds the marker in a block-editor post", () => {
    const result = convertBody("<!-- wp:paragraph -->\n<p>Lead.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n\n<!-- wp:paragraph -->\n<p>Body.</p>\n<!-- /wp:paragraph -->", context());
    expect(result.teaser).toBe("Lead.");
    expect(result.markdown).toBe("Lead.\n\nBody.\n");
  });
});

describe("convertCommentText", () => {
  it("writes the comment subset: paragraphs, emphasis, links, code, quotes, lists", () => {
    const out = convertCommentText(
      'Great <em>post</em>, see <a href="https://ann.example" rel="nofollow">mine</a>.\nTry <code>a &lt; b</code>.\n\n<blockquote>Quoted</blockquote>\n<ul><li>one</li><li>two</li></ul>',
    );
    expect(out).toBe("Great _post_, see [mine](https://ann.example).\\\nTry `a < b`.\n\n> Quoted\n\n- one\n- two\n");
  });

  it("makes images links and keeps no raw HTML", () => {
    const out = convertCommentText('Look: <img src="https://ann.example/cat.jpg" alt="cat"> x<sup>2</sup> <table><tr><td>t</td></tr></table><script>alert(1)</script>');
    expect(out).toContain("[cat](https://ann.example/cat.jpg)");
    expect(out).not.toMatch(/<[a-z]/i);
    expect(out).not.toContain("alert");
  });
});

describe("Gutenberg footnotes", () => {
  const body = [
    `<!-- wp:paragraph -->\n<p>Claim<sup data-fn="f-b" class="fn"><a href="#f-b" id="f-b-link">1</a></sup> and another<sup data-fn="f-a" class="fn"><a href="#f-a" id="f-a-link">2</a></sup>.</p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:footnotes /-->`,
  ].join("\n\n");

  it("become GFM footnotes with their text from the post's meta", async () => {
    const meta = JSON.stringify([
      { id: "f-a", content: "Second <em>note</em>." },
      { id: "f-b", content: 'First, see <a href="https://example.org/">this</a>.' },
    ]);
    const result = convertBody(body, context({ footnotes: () => meta }));
    expect(result.markdown).toBe("Claim[^1] and another[^2].\n\n[^1]: First, see [this](https://example.org/).\n\n[^2]: Second _note_.\n");
    const html = await render(result.markdown);
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain("Second <em>note</em>.");
  });

  it("show their numbers and are named in `left` when the notes are missing", () => {
    const result = convertBody(body, context());
    expect(result.markdown).toBe("Claim<sup>1</sup> and another<sup>2</sup>.\n");
    expect(result.left).toEqual({ "wp:footnotes": 1 });
  });
});

describe("small clean-ups", () => {
  it("drops a link with nothing in it and uses an image's own title for a missing alt", () => {
    expect(md(`<a href="${UPLOADS}/a.jpg"></a><img src="${UPLOADS}/b-300x300.jpg" title="Red bike" alt=""> <img src="${UPLOADS}/c-300x300.jpg" title="c" alt="">`)).toBe(
      "![Red bike](images/b.jpg) ![](images/c.jpg)\n",
    );
  });

  it("leaves code out of the teaser", () => {
    expect(convertBody("Intro.\n<pre>code()</pre>\n<!--more-->\nRest.", context()).teaser).toBe("Intro.");
  });
});

describe("broken or hostile bodies", () => {
  it("never crashes on HTML nested thousands deep: the text stays, the report names it, Quire renders it", async () => {
    const result = convertBody("<p>" + "<em>deep ".repeat(3000) + "end", context());
    expect(result.left).toEqual({ "html-nested-too-deep": 1 });
    expect(result.markdown).toContain("end");
    expect(result.markdown.match(/deep/g)?.length).toBe(3000);
    await expect(render(result.markdown)).resolves.toContain("end");
  });

  it("reads unclosed blocks, bad block attributes and unclosed shortcodes without losing text", () => {
    const result = convertBody(`<!-- wp:paragraph {not json} -->\n<p>One</p>\n<!-- wp:quote -->\n<blockquote><p>Two</p></blockquote>\n[caption]<img src="x.png" alt="x"> never closed`, context());
    expect(result.markdown).toContain("One");
    expect(result.markdown).toContain("> Two");
    expect(result.markdown).toContain("never closed");
    expect(result.markdown).not.toContain("<!--");
  });
});

describe("any text survives as the words the reader saw", () => {
  const lines = [
    "- not a bullet",
    "+ not a bullet either",
    "> not a quote",
    "| not | a table |",
    "1) not a list",
    "***",
    "===",
    "```js",
    "~~~",
    "~~not struck~~",
    "[not](a link)",
    "![not](an image)",
    "<!-- not a comment -->",
    "&copy; written out",
    "back\\slash and _under_ and *star* and `tick`",
    "[^1] not a footnote",
    "    four spaces",
    "<div>not html</div>",
    '!!! note "not an admonition"',
  ];

  it.each(lines)("%s", async (line) => {
    const escaped = line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const html = await render(md(`<p>${escaped}</p>`));
    const shown = html
      .replace(/<[^>]+>/g, "")
      .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .trim();
    expect(shown).toBe(line.trim());
  });
});

describe("layout WordPress gives shortcodes and classic text", () => {
  it("shows a [caption] written on a line inside a paragraph as a block, as WordPress did", () => {
    expect(md(`Look:\n[caption]<img src="https://elsewhere.example/x.png" alt="X"> Cap[/caption]\nNice.`)).toBe(
      'Look:\n\n<figure><img src="https://elsewhere.example/x.png" alt="X"><figcaption>Cap</figcaption></figure>\n\nNice.\n',
    );
  });

  it("gives classic text between a block-editor post's blocks its paragraphs", () => {
    const result = convertBody(`Old text\nline two\n\nOld paragraph\n\n<!-- wp:paragraph -->\n<p>New</p>\n<!-- /wp:paragraph -->`, context());
    expect(result.markdown).toBe("Old text\\\nline two\n\nOld paragraph\n\nNew\n");
    expect(result.converted).toEqual({ "wp:freeform": 1, "wp:paragraph": 1 });
  });
});

describe("players, files and pasted debris", () => {
  it("makes video and audio blocks links to their files, and a file block one link", () => {
    expect(md(`<!-- wp:video -->\n<figure class="wp-block-video"><video controls src="${UPLOADS}/clip.mp4"></video><figcaption>Clip</figcaption></figure>\n<!-- /wp:video -->`)).toBe(
      "[clip.mp4](images/clip.mp4)\n\nClip\n",
    );
    expect(md(`<!-- wp:audio -->\n<figure class="wp-block-audio"><audio controls><source src="https://cdn.example/a.mp3"></audio></figure>\n<!-- /wp:audio -->`)).toBe("[a.mp3](https://cdn.example/a.mp3)\n");
    expect(
      md(`<!-- wp:file -->\n<div class="wp-block-file"><a href="${UPLOADS}/doc.pdf">The doc</a><a href="${UPLOADS}/doc.pdf" class="wp-block-file__button" download>Download</a></div>\n<!-- /wp:file -->`),
    ).toBe("[The doc](images/doc.pdf)\n");
  });

  it("writes smileys as the characters typed and drops a word processor's tags", () => {
    expect(md(`<p>Word<o:p></o:p> done <img class="wp-smiley" src="${OLD}/wp-includes/images/smilies/icon_smile.gif" alt=":)" /></p>`)).toBe("Word done :)\n");
  });

  it("names a removed script in `left`: a live demo does not come along silently", () => {
    const result = convertBody(`Demo:\n<canvas id="c"></canvas>\n<script src="${OLD}/demo.js"></script>`, context());
    expect(result.markdown).toBe("Demo:\n");
    expect(result.left).toEqual({ "<script> (removed)": 1 });
  });

  it("keeps comments to the subset: headings in bold, no script links", () => {
    expect(convertCommentText(`<h2>Hi</h2><a href="javascript:alert(1)">x</a> <a href="https://ann.example">y</a>`)).toBe("**Hi**\n\nx [y](https://ann.example)\n");
  });
});

describe("<pre lang> code holding what looks like tags", () => {
  it("runs to the first </pre>, as WP-Syntax reads it", () => {
    const code = "for(var x:Number=0;x<maxr;x++){\n\tif (a<b && c>d) {}\n}";
    expect(md(`<pre lang="actionscript">${code}</pre>\n\nAfter <em>this</em>.\n\n<pre lang="css">a > b {}</pre>`)).toBe(
      "```actionscript-3\n" + code + "\n```\n\nAfter _this_.\n\n```css\na > b {}\n```\n",
    );
  });
});

describe("languages other highlighting plugins wrote", () => {
  it.each([
    ['<pre class="brush: php; gutter: false">echo 1;</pre>', "php"],
    ['<pre class="lang:python decode:true">pass</pre>', "python"],
    ['<pre class="prettyprint lang-js">x()</pre>', "javascript"],
    ['<pre><code class="language-ruby">puts 1</code></pre>', "ruby"],
    ['<pre data-lang="bash">ls</pre>', "bash"],
  ])("%s", (html, language) => {
    expect(md(html)).toMatch(new RegExp("^```" + language + "\\n"));
  });
});

describe("links within the page", () => {
  it("follow a heading's id to the id Quire gives the heading", async () => {
    const out = md(
      `<!-- wp:heading -->\n<h2 class="wp-block-heading" id="my-anchor">Über uns</h2>\n<!-- /wp:heading -->\n<!-- wp:paragraph -->\n<p><a href="#my-anchor">jump</a> <a href="#elsewhere">other</a></p>\n<!-- /wp:paragraph -->`,
    );
    expect(out).toBe("## Über uns\n\n[jump](#über-uns) [other](#elsewhere)\n");
    const html = await render(out);
    expect(html).toContain('id="über-uns"');
  });
});

describe("automatic paragraphs in containers", () => {
  it("keeps an explicit <br> single, and gives list items breaks but no paragraphs", () => {
    expect(md("a<br />\nb\n<ul>\n<li>one\ntwo</li>\n</ul>")).toBe("a\\\nb\n\n- one\\\n  two\n");
  });

  it("gives a div's text paragraphs only when it has a blank line", () => {
    expect(md("<div>just text</div>\n\n<div>one\n\ntwo</div>")).toBe("just text\n\none\n\ntwo\n");
  });
});
