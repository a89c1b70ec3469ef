/**
 * The typography of rendered Markdown: post bodies and standalone pages.
 * Reading text is serif at 18 px (prose-lg, 1.78 leading), its paragraphs
 * and lists at most 62ch wide (app/globals.css): about 67 characters a line in
 * Source Serif 4. Code, tables and images keep the full column. Headings stay
 * in the interface's sans, code in monospace.
 */
export const proseClass =
  "prose prose-zinc prose-lg max-w-none font-serif dark:prose-invert prose-headings:font-sans prose-headings:tracking-tight prose-a:text-teal-800 dark:prose-a:text-teal-300 prose-pre:rounded-lg prose-img:rounded-md";
