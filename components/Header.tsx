import Link from "next/link";
import { site } from "@/site.config";
import { ThemeToggle } from "./ThemeToggle";
import { SearchButton } from "./search/SearchButton";
import { basePath } from "@/lib/urls";

export function Header() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-4">
        {/* No prefetch on sight for the header's links: on every page they would
            fetch four other pages (and parse them on the main thread) while
            this one loads. A click fetches the page it opens. */}
        <Link href="/" prefetch={false} className="text-xl font-bold tracking-tight text-zinc-900 dark:text-white">
          {site.title}
        </Link>
        {/* Wraps on a phone: every link, search and the theme toggle stay on screen. */}
        <nav aria-label="Main" className="-mx-2 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm font-medium sm:mx-0">
          {site.nav.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              prefetch={false}
              className="rounded-md px-2 py-2 text-zinc-700 sm:px-3 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              {link.label}
            </Link>
          ))}
          <SearchButton basePath={basePath} />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
