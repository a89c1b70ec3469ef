import type { BodyLabels, PostContext } from "./pipeline";
import { recordedReferences, type RecordedReferences } from "./references";

/**
 * The pipeline context for compiling an `.mdx` post when its page renders.
 * No content folder here (a Vercel function does not carry one): relative
 * images and links resolve from what the content step recorded, and warnings
 * are silent, as the content step printed them.
 */
export function mdxContext(
  post: { title: string; sourcePath: string; references: RecordedReferences },
  labels?: BodyLabels,
): PostContext {
  return {
    title: post.title,
    labels,
    file: post.sourcePath,
    references: recordedReferences(post.references),
    warn: () => {},
  };
}
