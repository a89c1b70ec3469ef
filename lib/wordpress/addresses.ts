import type { Element, ElementContent, Root, RootContent } from "hast";
import { link, text } from "./media";

/** Providers WordPress embeds from a bare address on its own line (oEmbed). */
const EMBED_HOSTS = /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|instagram\.com|flickr\.com|flic\.kr|soundcloud\.com|spotify\.com|dailymotion\.com|ted\.com|tiktok\.com|slideshare\.net|speakerdeck\.com|wordpress\.tv|mixcloud\.com|reddit\.com|imgur\.com|tumblr\.com|scribd\.com|kickstarter\.com|pinterest\.com|issuu\.com|videopress\.com|bsky\.app|mastodon\.social)$/i;

const ADDRESS = /^\s*https?:\/\/[^\s<>"]+\s*$/;

/** A line of text that is only an address, or undefined. */
function addressOf(line: ElementContent[]): string | undefined {
  const words = line.filter((node) => !(node.type === "text" && node.value.trim() === ""));
  return words.length === 1 && words[0].type === "text" && ADDRESS.test(words[0].value) ? words[0].value.trim() : undefined;
}

/**
 * A line that is only an address: WordPress's auto-embed showed a player
 * there (for a provider it knows); here it is a link in its own paragraph.
 */
export function linkBareAddresses(tree: Root, count: (name: string) => void): void {
  const paragraphOf = (children: ElementContent[]): Element => ({ type: "element", tagName: "p", properties: {}, children });
  const walk = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    nodes.flatMap((node): Array<RootContent | ElementContent> => {
      if (node.type !== "element") return [node];
      if (node.tagName !== "p") {
        if (node.tagName !== "pre" && node.tagName !== "code" && node.tagName !== "a") node.children = walk(node.children) as ElementContent[];
        return [node];
      }
      const lines: ElementContent[][] = [[]];
      for (const child of node.children) {
        if (child.type === "element" && child.tagName === "br") lines.push([]);
        else lines[lines.length - 1].push(child);
      }
      if (!lines.some((line) => addressOf(line) !== undefined)) return [node];
      const out: Element[] = [];
      let run: ElementContent[] = [];
      const flush = () => {
        while (run.length && run[run.length - 1].type === "element" && (run[run.length - 1] as Element).tagName === "br") run.pop();
        if (run.some((child) => !(child.type === "text" && child.value.trim() === ""))) out.push(paragraphOf(run));
        run = [];
      };
      for (const line of lines) {
        const url = addressOf(line);
        if (url === undefined) {
          if (run.length) run.push({ type: "element", tagName: "br", properties: {}, children: [] });
          run.push(...line);
          continue;
        }
        flush();
        let host = "";
        try {
          host = new URL(url).hostname;
        } catch {
          host = "";
        }
        out.push(paragraphOf([link(url, [text(url)])]));
        if (EMBED_HOSTS.test(host)) count("embed-url");
      }
      flush();
      return out;
    });
  tree.children = walk(tree.children) as RootContent[];
}

