import { site } from "@/site.config";
import { FEED_PATHS, withBasePath } from "@/lib/urls";

const linkClass = "hover:text-zinc-900 dark:hover:text-white";

export function Footer() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          © {new Date().getFullYear()} {site.author.name}
        </p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={withBasePath(FEED_PATHS.rss)} className={linkClass}>
              RSS feed
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
