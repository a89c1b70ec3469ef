import Link from "next/link";
import type { RelatedPost } from "@/lib/data/related";
import { postPath } from "@/lib/web/urls";
import { DateTime } from "./DateTime";
import { pathIn, translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** Up to three posts on the same subjects, at the end of a post. */
export function RelatedPosts({ posts, lang = site.language }: { posts: RelatedPost[]; lang?: string }) {
  if (posts.length === 0) return null;
  const t = translator(lang);
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-lg font-semibold text-zinc-900 dark:text-white">
        {t("related.title")}
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <Link href={pathIn(lang, postPath(post.slug))} className="font-medium text-zinc-900 hover:text-teal-800 hover:underline dark:text-white dark:hover:text-teal-300">
              {post.title}
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              <DateTime day={post.day} lang={lang} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
