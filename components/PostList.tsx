import Link from "next/link";
import type { PostSummary } from "@/lib/data/posts";
import { postPath } from "@/lib/web/urls";
import { DateTime } from "./DateTime";
import { DraftBadge } from "./DraftBadge";
import { TermLinks } from "./TermLinks";
import { pathIn, translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** Posts with date, reading time, summary and tags; each links to the post in `lang`'s section. */
export function PostList({
  posts,
  headingLevel = 2,
  lang = site.language,
}: {
  posts: PostSummary[];
  headingLevel?: 2 | 3;
  lang?: string;
}) {
  const t = translator(lang);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-6">
          <article>
            <p className="post-entry-meta">
              <DateTime day={post.day} lang={lang} /> · {t("post.minRead", { minutes: post.readingMinutes })}
            </p>
            <Heading className="post-entry-title">
              {/* Not prefetched on sight: a list shows ten posts, each ~30 KB of
                  payload a phone would fetch and parse while the list loads. */}
              <Link href={pathIn(lang, postPath(post.slug))} prefetch={false} className="post-entry-link">
                {post.title}
              </Link>
              {post.unpublished && <DraftBadge lang={lang} />}
            </Heading>
            {post.summary && <p className="post-entry-summary">{post.summary}</p>}
            <div className="mt-3">
              <TermLinks kind="tags" names={post.tags} label={t("post.tagsOf", { title: post.title })} lang={lang} />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
