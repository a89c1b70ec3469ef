/**
 * Whether HTML a reader, the author or a mail client is given is inert,
 * read as a browser reads it (parse5: character references decoded, the
 * raw-text elements, <template> contents, foreign content): every element
 * and attribute on an allow-list, no event handler, no style, srcdoc or
 * formaction, every link to http(s), mailto or this site, and forms only
 * the page's own. Each problem is one line naming the page and the node.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export interface PageRules {
  /** The page is a whole document (its <head> may hold the page's own meta, title and style). */
  document?: boolean;
  /** Where the page's own forms post. */
  formActions?: readonly string[];
  /** The names of the page's own form fields. */
  fieldNames?: readonly string[];
  /** `style` attribute values the page itself writes (the e-mails). */
  styles?: readonly string[];
}

/** Elements a page may hold anywhere. */
const BODY_ELEMENTS = new Set([
  "html", "head", "body", "main", "section", "article", "header", "footer", "nav", "aside", "div", "span", "p", "br", "hr",
  "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "small", "code", "pre", "blockquote", "ul", "ol", "li",
  "a", "time", "details", "summary", "label", "button", "textarea", "form", "input",
]);
/** Only in a document's <head>. */
const HEAD_ELEMENTS = new Set(["meta", "title", "style"]);

/** Attributes any element of a page may carry (data-* and aria-* too). */
const ATTRIBUTES = new Set([
  "id", "class", "href", "rel", "start", "lang", "name", "value", "type", "method", "action", "hidden", "role", "for",
  "tabindex", "autocomplete", "maxlength", "required", "rows", "inputmode", "checked", "novalidate", "datetime", "open",
]);

/** What the sanitised HTML of a comment may hold (lib/comments/markdown.ts COMMENT_SCHEMA). */
const COMMENT_ELEMENTS = new Set(["p", "br", "em", "strong", "a", "code", "pre", "blockquote", "ul", "ol", "li"]);
const COMMENT_ATTRIBUTES: Record<string, readonly string[]> = { a: ["href", "rel"], ol: ["start"] };

const SITE = "https://blog.example/blog/hello";

/** Whether a URL attribute's value, read as a browser reads it, goes to http(s), mailto or this site. */
export function safeUrl(value: string): boolean {
  // Browsers drop leading and trailing C0 controls and spaces, and tabs and line breaks anywhere.
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  if (/[\u0000-\u001F\u007F]/.test(cleaned)) return false;
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(cleaned, SITE).protocol);
  } catch {
    return false;
  }
}

const attrs = (element: Element) => element.attrs.map((attr) => ({ name: attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, value: attr.value }));
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function* elementsOf(node: Node, ancestors: Element[] = []): Generator<{ element: Element; ancestors: Element[] }> {
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) {
    if (!("tagName" in child)) continue;
    yield { element: child, ancestors };
    yield* elementsOf(child, [...ancestors, child]);
    // A <template>'s contents are a fragment of their own: what a script could clone.
    if (child.tagName === "template" && "content" in child) yield* elementsOf(child.content as unknown as Node, [...ancestors, child]);
  }
}

/** Every problem of a page, one line each; none: the page is inert. */
export function unsafeIn(html: string, rules: PageRules, page: string): string[] {
  const tree = rules.document ? parse(html, { scriptingEnabled: true }) : parseFragment(html, { scriptingEnabled: true });
  const problems: string[] = [];
  const problem = (element: Element, what: string) => problems.push(`${page}: <${element.tagName}> ${what}`);
  for (const { element, ancestors } of elementsOf(tree)) {
    const tag = element.tagName;
    const inHead = ancestors.some((a) => a.tagName === "head");
    if (element.namespaceURI !== "http://www.w3.org/1999/xhtml") problem(element, `in namespace ${element.namespaceURI}`);
    if (!BODY_ELEMENTS.has(tag) && !(rules.document && inHead && HEAD_ELEMENTS.has(tag))) problem(element, "is not on the allow-list");
    if (tag === "meta" && (attr(element, "http-equiv") !== undefined || !["viewport", "robots", undefined].includes(attr(element, "name")))) problem(element, "is not the page's own");
    if (tag === "form") {
      if (!rules.formActions?.includes(attr(element, "action") ?? "")) problem(element, `posts to ${JSON.stringify(attr(element, "action"))}`);
      if ((attr(element, "method") ?? "").toLowerCase() !== "post") problem(element, "is not a POST form");
    }
    if (tag === "input" || tag === "textarea" || tag === "button") {
      const name = attr(element, "name");
      if (name !== undefined && !rules.fieldNames?.includes(name)) problem(element, `has a field name of its own: ${JSON.stringify(name)}`);
      if (!ancestors.some((a) => a.tagName === "form")) problem(element, "is outside the page's forms");
    }
    if (tag === "input" && !["hidden", "text", "email", "checkbox", "password"].includes(attr(element, "type") ?? "")) problem(element, `is of type ${attr(element, "type")}`);
    for (const { name, value } of attrs(element)) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) problem(element, `has an event handler ${name}`);
      else if (lower === "style") {
        if (!rules.styles?.includes(value)) problem(element, `has a style of its own: ${JSON.stringify(value)}`);
      } else if (lower === "srcdoc" || lower === "formaction") problem(element, `has ${name}`);
      else if (tag === "meta" && ["charset", "name", "content"].includes(lower)) continue;
      else if (!ATTRIBUTES.has(lower) && !lower.startsWith("data-") && !lower.startsWith("aria-")) problem(element, `has the attribute ${name}`);
      if ((lower === "href" || lower === "action" || lower === "src") && !safeUrl(value)) problem(element, `links to ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/** Every problem of a comment's sanitised HTML, held to the comment schema itself. */
export function unsafeComment(html: string, page: string): string[] {
  const problems: string[] = [];
  for (const { element } of elementsOf(parseFragment(html, { scriptingEnabled: true }))) {
    const allowed = COMMENT_ATTRIBUTES[element.tagName] ?? [];
    if (!COMMENT_ELEMENTS.has(element.tagName) || element.namespaceURI !== "http://www.w3.org/1999/xhtml") problems.push(`${page}: <${element.tagName}> in a comment`);
    if (element.tagName === "a" && attr(element, "href") !== undefined && attr(element, "rel") === undefined) problems.push(`${page}: a comment link without rel`);
    for (const { name, value } of attrs(element)) {
      if (!allowed.includes(name)) problems.push(`${page}: <${element.tagName} ${name}> in a comment`);
      if (name === "href" && !safeUrl(value)) problems.push(`${page}: a comment links to ${JSON.stringify(value)}`);
      if (name === "rel" && value !== "ugc nofollow noopener") problems.push(`${page}: a comment link with rel=${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/** The text of a node as a reader sees it (the DOM's textContent). */
export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** The element with an id, or undefined. */
export function byId(root: Node, id: string): Element | undefined {
  for (const { element } of elementsOf(root)) if (attr(element, "id") === id) return element;
  return undefined;
}

/** Every element with an id, by its id. */
export function idIndex(root: Node): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const { element } of elementsOf(root)) {
    const id = attr(element, "id");
    if (id !== undefined && !index.has(id)) index.set(id, element);
  }
  return index;
}

/** The elements matching a test, in document order. */
export function findAll(root: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const { element } of elementsOf(root)) if (test(element)) found.push(element);
  return found;
}

export { attr, parse, parseFragment };
