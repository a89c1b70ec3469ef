import type { ElementContent, Root, RootContent } from "hast";
import { plainText } from "./markdown";
import { isBlank } from "./placeholders";
import { looksLikeShortcode, replaceShortcodes } from "./shortcodes";

/**
 * `<!--more-->` (WordPress's get_extended: with an optional link text)
 * splits the teaser from the rest; `<!--nextpage-->` splits pages, which
 * Quire does not have; `<!--noteaser-->` only tells WordPress not to repeat
 * the teaser. The more marker waits in the tree as an element (standing
 * between paragraphs, see autop's markers) until the teaser is read.
 */

export const MORE = "quire-more";
const MORE_MARKER = /<!--more(.*?)?-->/;
const PAGE_MARKERS = /<!--(?:nextpage|noteaser)-->/g;

/** The body with the more marker as an element and the page markers as paragraph breaks. */
export function markMore(html: string): string {
  return html.replace(MORE_MARKER, `<${MORE}></${MORE}>`).replace(PAGE_MARKERS, "\n\n");
}

/** The plain text before the more marker (undefined without one, or with nothing before it); the marker leaves the tree. */
export function takeTeaser(tree: Root): string | undefined {
  let found = false;
  const before = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> => {
    const kept: Array<RootContent | ElementContent> = [];
    for (const node of nodes) {
      if (found) break;
      if (node.type === "element" && node.tagName === MORE) {
        found = true;
        break;
      }
      if (node.type === "element") kept.push({ ...node, children: before(node.children) as ElementContent[] });
      else kept.push(node);
    }
    return kept;
  };
  const teaser = before(tree.children);
  if (!found) return undefined;
  const remove = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    nodes.flatMap((node): Array<RootContent | ElementContent> => {
      if (node.type !== "element") return [node];
      if (node.tagName === MORE) return [];
      const hadMarker = node.children.some((child) => child.type === "element" && child.tagName === MORE);
      node.children = remove(node.children) as ElementContent[];
      return hadMarker && node.tagName === "p" && node.children.every(isBlank) ? [] : [node];
    });
  tree.children = remove(tree.children) as RootContent[];
  // A marker with nothing before it gives no teaser: the summary comes from elsewhere. A shortcode
  // the body keeps as text (an old plugin's player) has no place in a summary: its words stay, its tags go.
  const text = replaceShortcodes(plainText(teaser as RootContent[]), (shortcode) => (looksLikeShortcode(shortcode) ? (shortcode.content ?? "") : undefined));
  return text.replace(/\s+/g, " ").trim() || undefined;
}

