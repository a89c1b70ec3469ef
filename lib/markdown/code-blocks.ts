/**
 * The bar above every highlighted code block: its language, when known, and a
 * copy button. Written at build time so `.md` posts (HTML stored by the
 * content step) and `.mdx` posts (next-mdx-remote) get the same markup; the
 * button ships `hidden` and components/CodeCopy unhides it, so a page without
 * JavaScript shows no button that cannot work. The markup contract is in
 * ./code-toolbar.
 */
import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { bundledLanguagesInfo } from "shiki";
import { COPY_BUTTON_ATTRIBUTE, TOOLBAR_CLASS } from "./code-toolbar";

/** Fences without a language (and indented blocks) are highlighted as one of these. */
const UNLABELLED = new Set(["plaintext", "plain", "text", "txt"]);

/** "ts" -> "TypeScript"; a language Shiki does not know keeps the name the author wrote. */
export function languageLabel(lang: string | undefined): string | undefined {
  if (!lang || UNLABELLED.has(lang.toLowerCase())) return undefined;
  const id = lang.toLowerCase();
  const info = bundledLanguagesInfo.find((l) => l.id === id || l.aliases?.includes(id));
  return info?.name ?? lang;
}

function toolbar(label: string | undefined, words: CopyWords): Element {
  const children: Element[] = [];
  if (label) {
    children.push({ type: "element", tagName: "span", properties: { className: ["code-language"] }, children: [{ type: "text", value: label }] });
  }
  children.push({
    type: "element",
    tagName: "button",
    properties: { type: "button", className: ["code-copy"], [COPY_BUTTON_ATTRIBUTE]: "", ariaLabel: words.copyCode, hidden: true },
    // The island marks a button that just copied; CSS then shows the second word.
    children: [
      { type: "element", tagName: "span", properties: { className: ["code-copy-idle"] }, children: [{ type: "text", value: words.copy }] },
      { type: "element", tagName: "span", properties: { className: ["code-copy-done"] }, children: [{ type: "text", value: words.copied }] },
    ],
  });
  return { type: "element", tagName: "div", properties: { className: [TOOLBAR_CLASS] }, children };
}

/** Runs after rehype-pretty-code: one toolbar before the `<pre>` of each block figure. */
/** The copy button's words, in the post's language. */
export interface CopyWords {
  copyCode: string;
  copy: string;
  copied: string;
}

export function rehypeCodeToolbar(words: CopyWords = { copyCode: "Copy code", copy: "Copy", copied: "Copied" }) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      // rehype-pretty-code writes its attributes under their HTML names.
      if (node.tagName !== "figure" || !("data-rehype-pretty-code-figure" in node.properties)) return;
      const preIndex = node.children.findIndex((child) => child.type === "element" && child.tagName === "pre");
      if (preIndex < 0) return;
      const pre = node.children[preIndex] as Element;
      const lang = pre.properties["data-language"];
      node.children.splice(preIndex, 0, toolbar(languageLabel(typeof lang === "string" ? lang : undefined), words));
      return SKIP;
    });
  };
}
