/**
 * The markup contract between the code-block toolbar (written at build time by
 * ./code-blocks), the copy island (components/CodeCopy) and the places that
 * must not show it (feeds, search). No Shiki here: routes and the browser
 * import this module.
 */

/** The attribute that marks a copy button. */
export const COPY_BUTTON_ATTRIBUTE = "data-copy-code";
export const TOOLBAR_CLASS = "code-toolbar";

/** Whether rendered post HTML holds a code block (so its page needs the copy island). */
export function hasCodeBlocks(html: string): boolean {
  return html.includes(COPY_BUTTON_ATTRIBUTE);
}

/**
 * Post HTML without the toolbars, for feeds and the search index: a feed reader
 * would show the button's "Copy" as text, and search would index it. The
 * toolbar is our own markup, never nested, so a pattern is exact.
 */
export function withoutCodeToolbars(html: string): string {
  return html.replace(new RegExp(`<div class="${TOOLBAR_CLASS}">[\\s\\S]*?</div>`, "g"), "");
}
