import { site } from "@/site.config";
import { FEED_PATHS, withBasePath } from "@/lib/web/urls";
import { pathIn, translator } from "@/lib/i18n/site";

const linkClass = "hover:text-zinc-900 dark:hover:text-white";

/** The author, the feed of `lang`'s posts and the social links. */
export function Footer({ lang = site.language }: { lang?: string }) {
  const t = translator(lang);
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          © {new Date().getFullYear()} {site.author.name}
        </p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={withBasePath(pathIn(lang, FEED_PATHS.rss))} className={linkClass}>
              {t("footer.rss")}
            </a>
          </li>
          {site.social.map((link) => (
            <li key={link.href}>
              <a href={link.href} rel="me noopener" className={linkClass}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
