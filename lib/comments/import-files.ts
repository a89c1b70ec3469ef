/**
 * The comments files of a content folder, each with the key of the post it
 * belongs to, for `npm run comments -- import` (scripts/comments.ts): what
 * lib/comments/imported.ts takes into the store. A comments file is read as
 * the content step reads it (lib/comments/file.ts); its post's key comes
 * from the post's front matter, as the site names the post.
 */
import path from "node:path";
import { checkSource } from "../build/checks";
import { listContentFiles } from "../build/files";
import { readPostFile } from "../build/limits";
import { formatProblem } from "../frontmatter";
import type { LanguageRules } from "../i18n/languages";
import { COMMENTS_SUFFIX, commentsFileOf, readComments } from "./file";
import type { CommentRecord } from "./model";
import { postKeyOf } from "./post-key";

export interface PostCommentsFile {
  /** The comments file, relative to the content folder. */
  file: string;
  postKey: string;
  comments: CommentRecord[];
}

export interface FolderComments {
  files: PostCommentsFile[];
  /** One line per problem: a file left out, or what of it was. */
  problems: string[];
}

export function commentsFilesIn(root: string, languages: LanguageRules, now: Date = new Date()): FolderComments {
  const found: FolderComments = { files: [], problems: [] };
  const { posts, comments } = listContentFiles(root);
  const postOf = new Map(posts.map((relPath) => [commentsFileOf(relPath), relPath]));
  // A comments file whose post is gone: said (after the others), not guessed at.
  const orphans: string[] = [];
  for (const file of comments) {
    const relPath = postOf.get(file);
    if (!relPath) {
      orphans.push(`${file}: no post beside it (${file.slice(0, -COMMENTS_SUFFIX.length)}.md); left out`);
      continue;
    }
    const read = readComments(path.join(root, file), file);
    if (!read) continue;
    found.problems.push(...read.problems.map(formatProblem));
    if (!read.comments.length) continue;
    const post = readPostFile(path.join(root, relPath), relPath);
    const checked = post.source === undefined ? undefined : checkSource({ relPath, source: post.source }, now, languages).post;
    if (!checked) {
      found.problems.push(`${file}: its post ${relPath} has problems (see npm run build); its comments are left out`);
      continue;
    }
    found.files.push({ file, postKey: postKeyOf(checked.meta.lang, checked.meta.slug), comments: read.comments });
  }
  found.problems.push(...orphans);
  return found;
}
