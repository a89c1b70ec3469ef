/** The site's search index, built once per build from the published posts. */
import { getAllPosts } from "../posts";
import { postPath } from "../urls";
import { buildSearchIndex } from "./build-index";
import { htmlToText } from "./html-text";

let cached: ReturnType<typeof build> | undefined;

function build() {
  const posts = getAllPosts();
  const texts = posts.map((post) => htmlToText(post.html));
  const index = buildSearchIndex(
    posts.map((post, i) => ({
      title: post.title,
      url: postPath(post.slug),
      day: post.day,
      summary: post.summary,
      tags: post.tags,
      text: texts[i],
    })),
  );
  return { ...index, texts };
}

export function getSearchIndex() {
  cached ??= build();
  return cached;
}
