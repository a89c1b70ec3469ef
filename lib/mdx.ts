import path from "node:path";
import { contentDir } from "./content-assets";
import type { PostContext } from "./markdown/pipeline";
import { basePath } from "./urls";

/** The pipeline context for compiling an `.mdx` post at build time. */
export function mdxContext(post: { title: string; sourcePath: string }): PostContext {
  const root = contentDir();
  return {
    title: post.title,
    root,
    file: path.join(root, post.sourcePath),
    basePath,
  };
}
