import type { Post } from "@/lib/posts";
import { BACK_TO_TOP_MINUTES } from "@/lib/share";
import { absoluteUrl, basePath, postPath } from "@/lib/urls";
import { site } from "@/site.config";
import { CodeCopy } from "./CodeCopy";
import { DateTime } from "./DateTime";
import { DraftBadge } from "./DraftBadge";
import { PostBody } from "./PostBody";
import { PostNav } from "./PostNav";
import { RelatedPosts } from "./RelatedPosts";
import { SeriesBox } from "./SeriesBox";
import { AuthorCard } from "./AuthorCard";
import { resolveAuthors } from "@/lib/authors";
import { ShareLinks } from "./ShareLinks";
import { TableOfContents } from "./TableOfContents";
import { TermLinks } from "./TermLinks";

export function PostArticle({ post }: { post: Post }) {
  return (
    <article className="relative">
      <header className="mb-8">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <DateTime day={post.day} /> · {post.readingMinutes} min read
          {post.lastmod && post.lastmod !== post.day && (
            <>
              {" "}
              · updated <DateTime day={post.lastmod} />
            </>
          )}
        </p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">
          {post.title}
          {post.unpublished && <DraftBadge />}
        </h1>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <TermLinks kind="categories" names={post.categories} label="Categories" />
          <TermLinks kind="tags" names={post.tags} label="Tags" />
        </div>
      </header>
      {post.series && <SeriesBox series={post.series} slug={post.slug} />}
      <TableOfContents toc={post.toc} />
      <PostBody post={post} />
      {post.hasCode && <CodeCopy />}
      <ShareLinks
        title={post.title}
        url={post.canonicalUrl ?? absoluteUrl(postPath(post.slug), site.siteUrl, basePath)}
        backToTop={post.readingMinutes >= BACK_TO_TOP_MINUTES}
      />
      <section aria-label={post.authors.length > 1 ? "About the authors" : "About the author"} className="mt-10 space-y-6">
        {resolveAuthors(post.authors, site).map((author) => (
          <AuthorCard key={author.id ?? author.name} author={author} linked={!post.unpublished} label="Written by" />
        ))}
      </section>
      <RelatedPosts posts={post.related ?? []} />
      <PostNav previous={post.previous} next={post.next} />
    </article>
  );
}
