import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { decodeHTMLStrict } from "entities";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

/**
 * Code from WordPress's syntax-highlighting plugins: the `[code]` family of
 * shortcodes (SyntaxHighlighter) and `<pre lang="...">` (WP-Syntax).
 */

/** Shortcode names that hold code, with the language the name itself gives. */
export const CODE_SHORTCODES: Record<string, string | undefined> = {
  code: undefined, sourcecode: undefined, source: undefined,
  as3: "as3", actionscript3: "as3", bash: "bash", shell: "bash", sh: "bash", c: "c", cpp: "cpp", csharp: "csharp",
  "c-sharp": "csharp", css: "css", delphi: "pascal", pascal: "pascal", diff: "diff", patch: "diff", erlang: "erlang",
  erl: "erlang", go: "go", golang: "go", groovy: "groovy", haskell: "haskell", html: "html", java: "java",
  javascript: "javascript", js: "javascript", jscript: "javascript", json: "json", lua: "lua", matlab: "matlab",
  objc: "objc", perl: "perl", pl: "perl", php: "php", plain: "text", text: "text", powershell: "powershell",
  ps: "powershell", py: "python", python: "python", r: "r", ruby: "ruby", rb: "ruby", rails: "ruby", scala: "scala",
  sql: "sql", swift: "swift", vb: "vb", vbnet: "vb", xml: "xml", xhtml: "html", xslt: "xml", yaml: "yaml",
};

/** Plugin language names as the names Quire's highlighter knows. */
const LANGUAGE_ALIASES: Record<string, string> = {
  actionscript: "actionscript-3", actionscript3: "actionscript-3", as3: "actionscript-3", mxml: "xml",
  xhtml: "html", jscript: "javascript", js: "javascript", py: "python", sh: "bash", shell: "bash",
  "c-sharp": "csharp", vbnet: "vb", plain: "text", plaintext: "text", none: "text", pl: "perl", rb: "ruby",
  golang: "go", delphi: "pascal", ps: "powershell",
};

/** A plugin's language name, lower-cased and made one Markdown fences and Shiki know; undefined when absent. */
function normalizeLanguage(lang: string | undefined): string | undefined {
  const id = lang?.trim().toLowerCase().replace(/[^\w#+.-]/g, "");
  if (!id) return undefined;
  return LANGUAGE_ALIASES[id] ?? id;
}

/** `<pre><code class="language-x">` holding `text` exactly. */
export function codeBlock(text: string, lang: string | undefined): Element {
  const language = normalizeLanguage(lang);
  return {
    type: "element",
    tagName: "pre",
    properties: {},
    children: [
      {
        type: "element",
        tagName: "code",
        properties: language ? { className: [`language-${language}`] } : {},
        children: [{ type: "text", value: text }],
      },
    ],
  };
}

/** Inline `<code>` holding `text`. */
export function inlineCode(text: string): Element {
  return { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: text }] };
}

/** Code as the plugin stored it: HTML-escaped when the plugin says so, else exactly as written. */
export function codeText(raw: string, escaped: boolean): string {
  const text = escaped ? decodeHTMLStrict(raw) : raw;
  // The editor's line break after the opening tag is no line of the code.
  return text.replace(/^\n/, "").replace(/\n$/, "");
}

type P5Node = DefaultTreeAdapterMap["node"];
type P5Element = DefaultTreeAdapterMap["element"];

export interface PreLang {
  start: number;
  end: number;
  lang: string;
  code: string;
}

interface PreLangTag {
  start: number;
  textStart: number;
  /** Where the parser ended the element: the code's end, unless the code held something that read as a tag. */
  textEnd?: number;
  lang: string;
  escaped?: string;
}

/** The `<pre lang>` start tags in `html`, in document order, read by the HTML parser. */
function preLangTags(html: string): PreLangTag[] {
  const tags: PreLangTag[] = [];
  // Walked with a stack, not recursion: a body may nest deeply (lib/wordpress/depth).
  const stack: P5Node[] = [parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as P5Node];
  while (stack.length) {
    const node = stack.pop() as P5Node;
    if ("tagName" in node && node.tagName === "pre") {
      const element = node as P5Element;
      const lang = element.attrs.find((a) => a.name === "lang")?.value;
      const location = element.sourceCodeLocation;
      if (lang !== undefined && location?.startTag) {
        const escaped = element.attrs.find((a) => a.name === "escaped")?.value.toLowerCase();
        tags.push({ start: location.startOffset, textStart: location.startTag.endOffset, textEnd: location.endTag?.startOffset, lang, escaped });
      }
    }
    if ("childNodes" in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as P5Node);
  }
  return tags;
}

/** A quick look that saves parsing the many bodies without one. */
const MAY_HOLD_PRE_LANG = /<pre\b[^>]*\blang\s*=/i;

/**
 * Every `<pre lang="...">` (WP-Syntax) with its code. The HTML parser finds
 * the start tag; the code runs to the first `</pre>`, as WP-Syntax reads it:
 * it is text, not HTML (`for (i=0;i<max;i++)` holds no tag). It is used as
 * written, decoded when it is escaped.
 */
export function findPreLang(html: string): PreLang[] {
  const found: PreLang[] = [];
  if (!MAY_HOLD_PRE_LANG.test(html)) return found;
  const lower = html.toLowerCase();
  let offset = 0;
  let tags = preLangTags(html);
  while (tags.length) {
    const pre = tags.shift() as PreLangTag;
    if (pre.start < offset) continue;
    const close = lower.indexOf("</pre>", pre.textStart);
    if (close < 0) break;
    const raw = html.slice(pre.textStart, close);
    // escaped="true" says the text is HTML-escaped. Without the attribute, text with no bare < or >
    // was escaped by the visual editor on saving (its `&gt;` means `>`); text with them is as typed.
    const escaped = pre.escaped === "true" || (pre.escaped === undefined && !/[<>]/.test(raw));
    found.push({ start: pre.start, end: close + "</pre>".length, lang: pre.lang, code: codeText(raw, escaped) });
    offset = close + "</pre>".length;
    if (pre.textEnd !== close) {
      // The code held something the parser read as a tag, which may have hidden what follows: read the rest again.
      tags = preLangTags(html.slice(offset)).map((tag) => ({
        ...tag,
        start: tag.start + offset,
        textStart: tag.textStart + offset,
        textEnd: tag.textEnd === undefined ? undefined : tag.textEnd + offset,
      }));
    }
  }
  return found;
}

function classNames(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The language a highlighting plugin wrote on a `<pre>` or its `<code>`:
 * `class="brush: php"` (SyntaxHighlighter), `class="lang:php"` (Crayon),
 * `class="lang-js"` or `language-js` (Prism, highlight.js), `lang`,
 * `data-lang` or `data-language`.
 */
export function preLanguage(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
  for (const node of [code, pre]) {
    if (!node) continue;
    for (const name of ["lang", "dataLang", "dataLanguage"]) {
      const value = node.properties[name];
      if (typeof value === "string" && value.trim()) return value;
    }
    const names = classNames(node);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === "brush:" && names[i + 1]) return names[i + 1].replace(/;$/, "");
      const match = /^(?:brush:|lang:|lang-|language-)([\w#+.-]+?);?$/.exec(name);
      if (match) return match[1];
    }
  }
  return undefined;
}

/** Gives every `<pre>` whose plugin named a language the `<code class="language-x">` Markdown's writer reads. */
export function labelCodeLanguages(tree: Root): void {
  visit(tree, "element", (node: Element) => {
    if (node.tagName !== "pre") return;
    const language = normalizeLanguage(preLanguage(node));
    if (!language) return SKIP;
    const code = node.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
    const only = code && node.children.every((child) => child === code || (child.type === "text" && child.value.trim() === ""));
    if (only) code.properties = { ...code.properties, className: [`language-${language}`] };
    else node.children = [{ type: "element", tagName: "code", properties: { className: [`language-${language}`] }, children: node.children }];
    return SKIP;
  });
}
