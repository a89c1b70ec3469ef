/**
 * A submitted comment's fields, checked one by one: each problem is one
 * message naming its field, in words a commenter understands. What passes
 * is safe to store and to put in an e-mail header: no line breaks or other
 * control characters in a name, an address or a website, no NUL anywhere,
 * only well-formed Unicode.
 */
import type { ResolvedComments } from "./settings";

export type FieldName = "name" | "email" | "website" | "text" | "parent" | "form";

export interface FieldError {
  field: FieldName;
  /** Stable, for a translated message: "required", "too-long", "control-characters"... */
  code: string;
  message: string;
}

export interface CommentFields {
  name: string;
  /** Lowercased; for reply notices and the `first` mode, never shown. */
  email?: string;
  /** An absolute http(s) URL. */
  website?: string;
  /** Markdown source, line ends as \n. */
  text: string;
  /** The id of the comment answered. */
  parent?: string;
  /** Reply notices asked for (needs an e-mail). */
  notify: boolean;
}

/** How messages name each field. */
export const FIELD_LABELS: Record<FieldName, string> = { name: "Name", email: "E-mail", website: "Website", text: "Comment", parent: "Reply", form: "Form" };

export const MAX_NAME_LENGTH = 80;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_WEBSITE_LENGTH = 500;

/** C0 and C1 control characters, and the bidirectional overrides that make a name read backwards. */
const LINE_UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** In a text, tabs and line ends are fine; other control characters are not. */
const TEXT_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** One address, no display name, no comment, no quoting: what a reply notice can be sent to. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const LINK = /\b(?:https?:\/\/|www\.)|\bmailto:/gi;

/** How many links a text holds: addresses written out, Markdown links and autolinks alike. */
export const countLinks = (text: string) => text.match(LINK)?.length ?? 0;

const wellFormed = (value: string) => value.isWellFormed();

type Check<T> = { value: T } | { error: FieldError };

const fail = (field: FieldName, code: string, message: string): { error: FieldError } => ({ error: { field, code, message } });

export function checkName(raw: string | undefined): Check<string> {
  const name = (raw ?? "").trim();
  if (!wellFormed(name)) return fail("name", "encoding", "Name: holds characters that are not valid text.");
  if (!name) return fail("name", "required", "Name: please give a name.");
  if (LINE_UNSAFE.test(name)) return fail("name", "control-characters", "Name: must be one line, without control characters.");
  if ([...name].length > MAX_NAME_LENGTH) return fail("name", "too-long", `Name: at most ${MAX_NAME_LENGTH} characters.`);
  return { value: name };
}

export function checkEmail(raw: string | undefined): Check<string | undefined> {
  const email = (raw ?? "").trim();
  if (!wellFormed(email)) return fail("email", "encoding", "E-mail: holds characters that are not valid text.");
  if (!email) return { value: undefined };
  if (LINE_UNSAFE.test(email)) return fail("email", "control-characters", "E-mail: must be one address on one line.");
  if (email.length > MAX_EMAIL_LENGTH) return fail("email", "too-long", `E-mail: at most ${MAX_EMAIL_LENGTH} characters.`);
  if (!EMAIL.test(email)) return fail("email", "invalid", "E-mail: not an address (name@example.com); or leave it empty.");
  return { value: email.toLowerCase() };
}

export function checkWebsite(raw: string | undefined): Check<string | undefined> {
  const website = (raw ?? "").trim();
  if (!wellFormed(website)) return fail("website", "encoding", "Website: holds characters that are not valid text.");
  if (!website) return { value: undefined };
  if (LINE_UNSAFE.test(website) || /\s/.test(website)) return fail("website", "control-characters", "Website: must be one address, without spaces.");
  if (website.length > MAX_WEBSITE_LENGTH) return fail("website", "too-long", `Website: at most ${MAX_WEBSITE_LENGTH} characters.`);
  // "example.com" means its https address; any other scheme (javascript:, data:) is refused below.
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return fail("website", "invalid", "Website: not a web address (https://example.com); or leave it empty.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return fail("website", "scheme", "Website: must start with http:// or https://.");
  if (url.username || url.password) return fail("website", "invalid", "Website: must not hold a user name or password.");
  if (!url.hostname.includes(".") && !url.hostname.startsWith("[")) return fail("website", "invalid", "Website: not a web address (https://example.com); or leave it empty.");
  return { value: url.toString() };
}

/**
 * Whether a stored website may be a link: an absolute http(s) URL. What the
 * form stores always is (checkWebsite); a page checks again what it reads,
 * so a row written some other way (an old version, a hand edit) links
 * nowhere else (javascript:, data:, vbscript:).
 */
export function isWebAddress(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function checkText(raw: string | undefined, rules: Pick<ResolvedComments, "maxLength" | "maxLinks">): Check<string> {
  const text = (raw ?? "").replace(/\r\n?/g, "\n");
  if (!wellFormed(text)) return fail("text", "encoding", "Comment: holds characters that are not valid text.");
  if (!text.trim()) return fail("text", "required", "Comment: please write something.");
  if (TEXT_UNSAFE.test(text)) return fail("text", "control-characters", "Comment: holds control characters.");
  const length = [...text.trim()].length;
  if (length > rules.maxLength) return fail("text", "too-long", `Comment: at most ${rules.maxLength} characters (this one has ${length}).`);
  const links = countLinks(text);
  if (links > rules.maxLinks) return fail("text", "too-many-links", `Comment: at most ${rules.maxLinks} links (this one has ${links}).`);
  return { value: text.trim() };
}

export function checkParent(raw: string | undefined): Check<string | undefined> {
  const parent = (raw ?? "").trim();
  if (!parent) return { value: undefined };
  if (!/^[1-9]\d{0,15}$/.test(parent)) return fail("parent", "not-found", "The comment you reply to is not there any more.");
  return { value: parent };
}

/** Every field of a submitted form, each problem once. */
export function checkFields(
  raw: Partial<Record<"name" | "email" | "website" | "text" | "parent" | "notify", string>>,
  rules: Pick<ResolvedComments, "maxLength" | "maxLinks">,
): { ok: true; fields: CommentFields } | { ok: false; errors: FieldError[] } {
  const name = checkName(raw.name);
  const email = checkEmail(raw.email);
  const website = checkWebsite(raw.website);
  const text = checkText(raw.text, rules);
  const parent = checkParent(raw.parent);
  const errors = [name, email, website, text, parent].flatMap((check) => ("error" in check ? [check.error] : []));
  if ("error" in name || "error" in email || "error" in website || "error" in text || "error" in parent) return { ok: false, errors };
  const notify = raw.notify === "on" || raw.notify === "1" || raw.notify === "true";
  if (notify && !email.value) {
    return { ok: false, errors: [{ field: "email", code: "required-for-notify", message: "E-mail: needed for reply notices; give one or untick the box." }] };
  }
  const fields: CommentFields = { name: name.value, text: text.value, notify };
  if (email.value) fields.email = email.value;
  if (website.value) fields.website = website.value;
  if (parent.value) fields.parent = parent.value;
  return { ok: true, fields };
}
