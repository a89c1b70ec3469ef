import type { Post } from "@/lib/data/posts";
import { BACK_TO_TOP_MINUTES } from "@/lib/web/share";
import { absoluteUrl, basePath, postPath } from "@/lib/web/urls";
import { pathIn, translator } from "@/lib/i18n/site";
import { site } from "@/site.config";
import { CodeCopy } from "./CodeCopy";
import { DateTime } from "./DateTime";
import { DraftBadge } from "./DraftBadge";
import { PostBody } from "./PostBody";
import { PostNav } from "./PostNav";
import { RelatedPosts } from "./RelatedPosts";
import { SeriesBox } from "./SeriesBox";
import { AuthorCard } from "./AuthorCard";
import { Comments } from "./Comments";
import type { PostCommentsView } from "@/lib/comments/page";
import { resolveAuthors } from "@/lib/data/authors";
import { ShareLinks } from "./ShareLinks";
import { TableOfContents } from "./TableOfContents";
import { TermLinks } from "./TermLinks";

/** A post with its header, contents, body, share row, authors and links onward, in `lang` (the post's language). */
export function PostArticle({ post, lang = site.language, comments }: { post: Post; lang?: string; comments?: PostCommentsView }) {
  const t = translator(lang);
  // "updated {date}": the date is an element, so the text around its slot is split off.
  const [updatedBefore, updatedAfter = ""] = t("post.updated").split("{date}");
  const authors = resolveAuthors(post.authors, site, lang);
  return (
    <article className="relative">
      <header className="mb-6 sm:mb-8">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <DateTime day={post.day} lang={lang} /> · {t("post.minRead", { minutes: post.readingMinutes })}
          {post.lastmod && post.lastmod !== post.day && (
            <>
              {" "}
              · {updatedBefore}
              <DateTime day={post.lastmod} lang={lang} />
              {updatedAfter}
            </>
          )}
        </p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">
          {post.title}
          {post.unpublished && <DraftBadge lang={lang} />}
        </h1>
        <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-2 sm:mt-4">
          <TermLinks kind="categories" names={post.categories} label={t("post.categories")} lang={lang} />
          {/* The tags stay on the categories' line, wrapping within their own list. */}
          <TermLinks kind="tags" names={post.tags} label={t("post.tags")} lang={lang} className="min-w-48 flex-1 basis-0" />
        </div>
      </header>
      {post.series && <SeriesBox series={post.series} slug={post.slug} lang={lang} />}
      <TableOfContents toc={post.toc} lang={lang} />
      <PostBody post={post} />
      {post.hasCode && <CodeCopy labels={{ copied: t("code.copied"), selected: t("code.selected") }} />}
      <ShareLinks
        title={post.title}
        url={post.canonicalUrl ?? absoluteUrl(pathIn(lang, postPath(post.slug)), site.siteUrl, basePath)}
        backToTop={post.readingMinutes >= BACK_TO_TOP_MINUTES}
        lang={lang}
      />
      <section aria-label={t("post.aboutAuthors", { count: authors.length })} className="mt-10 space-y-6">
        {authors.map((author) => (
          <AuthorCard key={author.id ?? author.name} author={author} linked={!post.unpublished} label={t("post.writtenBy")} />
        ))}
      </section>
      <Comments section={post.comments} view={comments} lang={lang} />
      <RelatedPosts posts={post.related ?? []} lang={lang} />
      <PostNav previous={post.previous} next={post.next} lang={lang} />
    </article>
  );
}
