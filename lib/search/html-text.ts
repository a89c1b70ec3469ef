import { decodeHTML } from "entities";
import { withoutCodeToolbars } from "../markdown/code-toolbar";

/** Post HTML as plain text: page chrome and tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return decodeHTML(
    withoutCodeToolbars(html)
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
      .replace(/<a class="heading-anchor"[^>]*>#<\/a>/g, "")
      .replace(/<[^>]+>/g, " "),
  )
    .replace(/\s+/g, " ")
    .trim();
}
