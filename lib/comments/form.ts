/**
 * A comment form's body as a route receives it, before anything else looks
 * at it: at most MAX_FORM_BYTES, `application/x-www-form-urlencoded` (what a
 * plain HTML form sends), valid UTF-8 throughout. Request.formData() would
 * turn broken bytes into U+FFFD silently; here they are a clear message.
 */
import { FIELD_LABELS, type FieldError } from "./fields";

/** A form's field names: the page's form and this reader agree on them here. */
export const FORM_FIELDS = {
  name: "name",
  email: "email",
  website: "website",
  text: "text",
  parent: "parent",
  notify: "notify",
  token: "token",
  /** The honeypot: hidden from people (and from autofill, by its name), filled by robots. */
  honeypot: "fax_only",
} as const;

/** A decoded form's comment fields, by the names checkFields (fields.ts) reads. */
export function commentFieldsOf(values: Readonly<Record<string, string | undefined>>) {
  return {
    name: values[FORM_FIELDS.name],
    email: values[FORM_FIELDS.email],
    website: values[FORM_FIELDS.website],
    text: values[FORM_FIELDS.text],
    parent: values[FORM_FIELDS.parent],
    notify: values[FORM_FIELDS.notify],
  };
}

/** A form body over this is refused before it is read: a comment is at most a few KB. */
export const MAX_FORM_BYTES = 64 * 1024;

const FIELD_OF = new Map<string, FieldError["field"]>([
  ["name", "name"],
  ["email", "email"],
  ["website", "website"],
  ["text", "text"],
  ["parent", "parent"],
]);

export type DecodedForm = { ok: true; values: Record<string, string> } | { ok: false; error: FieldError };

const formError = (code: string, message: string, field: FieldError["field"] = "form"): DecodedForm => ({ ok: false, error: { field, code, message } });

const TOO_LARGE = formError("too-large", `The form is too large to send: at most ${MAX_FORM_BYTES / 1024} KB.`);

/** The fields of a urlencoded form body; the first value of a repeated field counts. */
export function decodeForm(body: Uint8Array, contentType: string | null | undefined): DecodedForm {
  if (body.byteLength > MAX_FORM_BYTES) return TOO_LARGE;
  if (!/^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(contentType ?? "")) {
    return formError("content-type", "The form must be sent as application/x-www-form-urlencoded.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return formError("encoding", "The form holds bytes that are not valid UTF-8.");
  }
  const values: Record<string, string> = Object.create(null);
  for (const pair of text.split("&")) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, " "));
    } catch {
      return formError("encoding", "The form holds a field name that is not valid UTF-8.");
    }
    try {
      value = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
    } catch {
      const field = FIELD_OF.get(name);
      return formError("encoding", `${field ? `${FIELD_LABELS[field]}: holds` : "The form holds"} bytes that are not valid UTF-8.`, field);
    }
    if (!(name in values)) values[name] = value;
  }
  return { ok: true, values };
}

/**
 * A request's form, read no further than MAX_FORM_BYTES: a body announced or
 * found to be larger is refused without holding it in memory.
 */
export async function readForm(request: Request): Promise<DecodedForm> {
  const contentType = request.headers.get("content-type");
  const announced = Number(request.headers.get("content-length") ?? NaN);
  if (announced > MAX_FORM_BYTES) return TOO_LARGE;
  if (!request.body) return decodeForm(new Uint8Array(0), contentType);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FORM_BYTES) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return decodeForm(body, contentType);
}
