/** The typography of rendered Markdown: post bodies and standalone pages. */
export const proseClass =
  "prose prose-zinc max-w-none dark:prose-invert prose-a:text-teal-800 dark:prose-a:text-teal-300 prose-pre:rounded-lg prose-img:rounded-md";
