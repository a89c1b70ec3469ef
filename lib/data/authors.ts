/**
 * Who wrote a post: the names in its `authors:` front matter, matched
 * against the profiles of `site.config.ts` (by id, or by name whatever the
 * case); a post that names nobody is the site author's.
 */
import type { AuthorProfile, NavLink } from "@/site.config";

export interface Author {
  /** The profile's id (its page is `/authors/<id>`); none for a name with no profile. */
  id?: string;
  name: string;
  avatar?: string;
  bio?: string;
  links: NavLink[];
}

export interface AuthorSettings {
  author: { name: string; url?: string; id?: string };
  authors: Record<string, AuthorProfile>;
}

const fromProfile = (id: string, profile: AuthorProfile): Author => ({ id, ...profile, links: profile.links ?? [] });

/** The site's own author: their profile when `author.id` names one. */
export function siteAuthor(settings: AuthorSettings): Author {
  const { id, name, url } = settings.author;
  const profile = id ? settings.authors[id] : undefined;
  if (id && profile) return fromProfile(id, profile);
  return { name, links: url ? [{ label: "Website", href: url }] : [] };
}

/** The authors of a post that names `names` (none: the site's author). */
export function resolveAuthors(names: readonly string[], settings: AuthorSettings): Author[] {
  if (names.length === 0) return [siteAuthor(settings)];
  const entries = Object.entries(settings.authors);
  return names.map((name) => {
    const byId = Object.hasOwn(settings.authors, name) ? settings.authors[name] : undefined;
    if (byId) return fromProfile(name, byId);
    const folded = name.trim().toLowerCase();
    const byName = entries.find(([, profile]) => profile.name.toLowerCase() === folded);
    return byName ? fromProfile(byName[0], byName[1]) : { name, links: [] };
  });
}

/** Up to two initials, for an author without an avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join("");
}
