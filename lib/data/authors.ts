/**
 * Who wrote a post: the names in its `authors:` front matter, matched
 * against the profiles of `site.config.ts` (by id, or by name whatever the
 * case); a post that names nobody is the site author's.
 */
import type { AuthorProfile, NavLink, PerLanguage } from "@/site.config";

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
  /** The default language: a bio or links given per language fall back to its. */
  language?: string;
}

/** A per-language setting in `lang`, else in the default language; a plain value is every language's. */
function inLanguage<T>(value: PerLanguage<T> | undefined, isPlain: (v: PerLanguage<T>) => v is T, lang: string | undefined, settings: AuthorSettings): T | undefined {
  if (value === undefined || isPlain(value)) return value;
  const own = (code: string | undefined) => (code !== undefined && Object.hasOwn(value, code) ? value[code] : undefined);
  return own(lang) ?? own(settings.language);
}

const isText = (v: PerLanguage<string>): v is string => typeof v === "string";
const isList = (v: PerLanguage<NavLink[]>): v is NavLink[] => Array.isArray(v);

function fromProfile(id: string, profile: AuthorProfile, lang: string | undefined, settings: AuthorSettings): Author {
  const bio = inLanguage(profile.bio, isText, lang, settings);
  return {
    id,
    name: profile.name,
    ...(profile.avatar !== undefined && { avatar: profile.avatar }),
    ...(bio !== undefined && { bio }),
    links: inLanguage(profile.links, isList, lang, settings) ?? [],
  };
}

/** The site's own author, in `lang` (default: the site's language): their profile when `author.id` names one. */
export function siteAuthor(settings: AuthorSettings, lang?: string): Author {
  const { id, name, url } = settings.author;
  const profile = id ? settings.authors[id] : undefined;
  if (id && profile) return fromProfile(id, profile, lang, settings);
  return { name, links: url ? [{ label: "Website", href: url }] : [] };
}

/** The authors of a post in `lang` that names `names` (none: the site's author). */
export function resolveAuthors(names: readonly string[], settings: AuthorSettings, lang?: string): Author[] {
  if (names.length === 0) return [siteAuthor(settings, lang)];
  const entries = Object.entries(settings.authors);
  return names.map((name) => {
    const byId = Object.hasOwn(settings.authors, name) ? settings.authors[name] : undefined;
    if (byId) return fromProfile(name, byId, lang, settings);
    const folded = name.trim().toLowerCase();
    const byName = entries.find(([, profile]) => profile.name.toLowerCase() === folded);
    return byName ? fromProfile(byName[0], byName[1], lang, settings) : { name, links: [] };
  });
}

/** Up to two initials, for an author without an avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join("");
}
