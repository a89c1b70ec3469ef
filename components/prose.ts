/**
 * The typography of rendered Markdown: post bodies and standalone pages.
 * Reading text is serif at 18 px (prose-lg, 1.78 leading) in the page's one
 * column (`max-w-page`, app/globals.css), which title, text, code, tables and
 * images share. Headings stay in the interface's sans, code in monospace.
 */
export const proseClass =
  "prose prose-zinc prose-lg max-w-none font-serif dark:prose-invert prose-headings:font-sans prose-headings:tracking-tight prose-a:text-teal-800 dark:prose-a:text-teal-300 prose-pre:rounded-lg prose-img:rounded-md";
