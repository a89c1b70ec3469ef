/**
 * `npm run new -- "Title"` (scripts/new-post.ts): the file a new post gets
 * and what it starts with. The name is the day and a slug made from the
 * title by the rule of a post's URL (lib/web/slugs.ts), in lower case, so the
 * post's address is `/blog/<slug>`; the front matter is written by a YAML
 * library, so any title survives quoting.
 */
import { stringify } from "yaml";
import type { LanguageRules } from "./i18n/languages";
import { textSlug } from "./web/slugs";

/** Longest slug taken from a title; a longer one is cut at a hyphen. */
export const MAX_TITLE_SLUG = 60;

export interface NewPostRequest {
  title: string;
  /** A language code of the site; the default language when absent. */
  lang?: string;
  now: Date;
  languages: LanguageRules;
}

export interface NewPost {
  /** Relative to the content folder, `/`-separated: `2026/2026-12-06-my-post.md`. */
  relPath: string;
  /** The whole file: front matter and an empty body. */
  text: string;
}

/** The slug a title gives a new post: lower case, at most MAX_TITLE_SLUG characters, no punctuation at its ends. */
export function titleSlug(title: string, locale: string): string {
  const slug = textSlug(title.toLocaleLowerCase(locale)).replace(/^[-._~]+|[-._~]+$/g, "");
  if (slug.length <= MAX_TITLE_SLUG) return slug;
  const cut = slug.slice(0, MAX_TITLE_SLUG + 1);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_TITLE_SLUG)).replace(/[-._~]+$/, "");
}

/** `now` on the local clock: its day (`2026-12-06`) and a front-matter date with the offset (`2026-12-06T19:05:00+01:00`). */
export function localDate(now: Date): { day: string; date: string } {
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const offset = -now.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return { day, date: `${day}T${two(now.getHours())}:${two(now.getMinutes())}:00${zone}` };
}

/**
 * The new post's path and text. A draft: `npm run dev` shows it (marked
 * unpublished) and no build publishes it until `draft: true` goes. Throws
 * one line for a title with nothing to name the file by or an unknown language.
 */
export function newPost({ title, lang, now, languages }: NewPostRequest): NewPost {
  const trimmed = title.trim();
  if (!trimmed) throw new Error('give the post a title: npm run new -- "My post"');
  const code = lang ?? languages.defaultLanguage;
  if (!languages.codes.includes(code)) {
    throw new Error(`--lang ${code} is not a language of this site (allowed: ${languages.codes.join(", ")})`);
  }
  const slug = titleSlug(trimmed, code);
  if (!slug) throw new Error(`"${trimmed}" has no letter or digit to name the file by; use words in the title`);
  const { day, date } = localDate(now);
  const suffix = code === languages.defaultLanguage ? "" : `.${code}`;
  const frontMatter = stringify(
    { title: trimmed, date, tags: [], categories: [], draft: true },
    { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 },
  );
  return {
    relPath: `${day.slice(0, 4)}/${day}-${slug}${suffix}.md`,
    text: `---\n${frontMatter}---\n\n`,
  };
}

/** The command line of `npm run new`: a title (its words may come unquoted) and `--lang <code>`. */
export function parseNewPostArgs(argv: readonly string[]): { title: string; lang?: string } {
  const words: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang" || arg.startsWith("--lang=")) {
      lang = arg === "--lang" ? argv[++i] : arg.slice("--lang=".length);
      if (!lang) throw new Error("--lang needs a language code: --lang fr");
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${arg} (usage: npm run new -- "Title" [--lang <code>])`);
    } else words.push(arg);
  }
  return { title: words.join(" "), lang: lang?.toLowerCase() };
}
