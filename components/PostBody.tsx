import { MDXRemote } from "next-mdx-remote/rsc";
import type { Post } from "@/lib/posts";
import { mdxContext } from "@/lib/mdx";
import { remarkPlugins, rehypePlugins } from "@/lib/markdown/pipeline";
import { mdxComponents } from "./mdx-components";
import { proseClass } from "./prose";


/**
 * `.md` posts arrive as HTML rendered at content build; `.mdx` compile here,
 * when the page renders, from the post's body document alone (no content file).
 */
export function PostBody({ post }: { post: Post }) {
  if (post.format === "md") {
    return <div className={proseClass} dangerouslySetInnerHTML={{ __html: post.html }} />;
  }
  const ctx = mdxContext(post);
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
          mdxOptions: { remarkPlugins: remarkPlugins(ctx), rehypePlugins: rehypePlugins(ctx) },
        }}
      />
    </div>
  );
}
