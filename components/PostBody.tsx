import { MDXRemote } from "next-mdx-remote/rsc";
import type { Post } from "@/lib/data/posts";
import { mdxContext } from "@/lib/markdown/mdx-context";
import { remarkPlugins, rehypePlugins, remarkRehypeOptions } from "@/lib/markdown/pipeline";
import { bodyLabels } from "@/lib/i18n/dictionary";
import { site } from "@/site.config";
import { mdxComponents } from "./mdx-components";
import { proseClass } from "./prose";


/**
 * `.md` posts arrive as HTML rendered at content build; `.mdx` compile here,
 * when the page renders, from the post's body document alone (no content file).
 */
export function PostBody({ post }: { post: Post }) {
  // Written in the post's language: its code blocks' copy buttons, its footnotes section.
  const labels = bodyLabels(post.lang, site.language);
  if (post.format === "md") {
    return <div className={proseClass} dangerouslySetInnerHTML={{ __html: post.html }} />;
  }
  const ctx = mdxContext(post, labels);
  return (
    <div className={proseClass}>
      <MDXRemote
        source={post.source}
        components={mdxComponents}
        options={{
          // Authors are trusted: expressions and JSX attributes work as in any MDX
          // file; blockDangerousJS still refuses eval, Function and the like.
          blockJS: false,
          blockDangerousJS: true,
          mdxOptions: { remarkPlugins: remarkPlugins(ctx), rehypePlugins: rehypePlugins(ctx), remarkRehypeOptions: remarkRehypeOptions(ctx) },
        }}
      />
    </div>
  );
}
