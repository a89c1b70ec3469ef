import Link from "next/link";
import type { PostSummary } from "@/lib/posts";
import { postPath } from "@/lib/urls";
import { DateTime } from "./DateTime";
import { DraftBadge } from "./DraftBadge";
import { TermLinks } from "./TermLinks";

export function PostList({ posts, headingLevel = 2 }: { posts: PostSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-6">
          <article>
            <p className="post-entry-meta">
              <DateTime day={post.day} /> · {post.readingMinutes} min read
            </p>
            <Heading className="post-entry-title">
              {/* Not prefetched on sight: a list shows ten posts, each ~30 KB of
                  payload a phone would fetch and parse while the list loads. */}
              <Link href={postPath(post.slug)} prefetch={false} className="post-entry-link">
                {post.title}
              </Link>
              {post.unpublished && <DraftBadge />}
            </Heading>
            {post.summary && <p className="post-entry-summary">{post.summary}</p>}
            <div className="mt-3">
              <TermLinks kind="tags" names={post.tags} label={`Tags of ${post.title}`} />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
