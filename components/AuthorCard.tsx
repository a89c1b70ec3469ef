import Link from "next/link";
import { initials, type Author } from "@/lib/data/authors";
import { authorPath } from "@/lib/web/urls";

/**
 * An author's name, avatar (or initials), one-line bio and links; the name links
 * to their page (the default language's: author pages have no other) when they have one. `label` is the caller's, already translated.
 */
export function AuthorCard({
  author,
  linked,
  label,
}: {
  author: Author;
  linked: boolean;
  label?: string;
}) {
  const name = (
    <span className="font-semibold text-zinc-900 dark:text-white">
      {linked && author.id ? (
        <Link href={authorPath(author.id) /* author pages exist in the default language only */} className="underline-offset-2 hover:underline">
          {author.name}
        </Link>
      ) : (
        author.name
      )}
    </span>
  );
  return (
    <div className="flex items-start gap-4">
      {author.avatar ? (
        // eslint-disable-next-line @next/next/no-img-element -- a 64 px square from public/, no optimization needed
        <img src={author.avatar} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-full object-cover" />
      ) : (
        <span aria-hidden="true" className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-teal-800 text-xl font-bold text-white dark:bg-teal-300 dark:text-zinc-950">
          {initials(author.name)}
        </span>
      )}
      <div className="text-sm">
        {label && <p className="text-zinc-600 dark:text-zinc-400">{label}</p>}
        <p className="text-base">{name}</p>
        {author.bio && <p className="mt-1 text-zinc-700 dark:text-zinc-300">{author.bio}</p>}
        {author.links.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-3">
            {author.links.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel="me noopener" className="font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
