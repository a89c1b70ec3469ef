import { describe, expect, it } from "vitest";
import { checkEmail, checkFields, checkName, checkText, checkWebsite, countLinks } from "@/lib/comments/fields";
import { decodeForm, MAX_FORM_BYTES, readForm } from "@/lib/comments/form";

const rules = { maxLength: 5000, maxLinks: 3 };
const form = "application/x-www-form-urlencoded";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("a comment's fields", () => {
  it("accepts a plain comment, trimming the fields and lowercasing the e-mail", () => {
    expect(checkFields({ name: "  Ann Lee ", email: " Ann@Example.COM ", website: "ann.example.org/blog", text: "Nice post.\r\n\r\nThanks!  " }, rules)).toEqual({
      ok: true,
      fields: { name: "Ann Lee", email: "ann@example.com", website: "https://ann.example.org/blog", text: "Nice post.\n\nThanks!", notify: false },
    });
  });

  it("names every empty required field, each once", () => {
    const result = checkFields({ name: "  ", text: " \n " }, rules);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "name", code: "required", message: "Name: please give a name." },
        { field: "text", code: "required", message: "Comment: please write something." },
      ],
    });
  });

  it("refuses names and e-mails with line breaks, which could add a header to a notice e-mail", () => {
    for (const name of ["Ann\r\nBcc: victim@example.com", "Ann\nX", "Ann\rX", "Ann\u0000", "Ann\u2028X", "Ann\u202Egnp.exe"]) {
      expect(checkName(name)).toMatchObject({ error: { field: "name", code: "control-characters" } });
    }
    for (const email of ["ann@example.com\r\nBcc: victim@example.com", "ann@example.com\nX", "ann@exa\rmple.com", "a\u0000@example.com"]) {
      expect(checkEmail(email)).toMatchObject({ error: { field: "email", code: "control-characters" } });
    }
  });

  it("refuses an e-mail that is not one plain address", () => {
    for (const email of ["ann", "ann@", "@example.com", "Ann <ann@example.com>", "ann@example.com, bob@example.com", "ann@localhost", "a b@example.com"]) {
      expect(checkEmail(email)).toMatchObject({ error: { field: "email" } });
    }
    expect(checkEmail("")).toEqual({ value: undefined });
  });

  it("keeps only http and https websites", () => {
    expect(checkWebsite("javascript:alert(1)")).toMatchObject({ error: { field: "website", code: "scheme" } });
    expect(checkWebsite("data:text/html,<script>alert(1)</script>")).toMatchObject({ error: { field: "website", code: "scheme" } });
    expect(checkWebsite("https://user:pw@example.com")).toMatchObject({ error: { field: "website" } });
    expect(checkWebsite("https://exa mple.com")).toMatchObject({ error: { field: "website" } });
    expect(checkWebsite("http://example.com/\"><script>")).toEqual({ value: "http://example.com/%22%3E%3Cscript%3E" });
  });

  it("caps the text's length and its links, saying how many it has", () => {
    expect(checkText("x".repeat(5001), rules)).toEqual({ error: { field: "text", code: "too-long", message: "Comment: at most 5000 characters (this one has 5001)." } });
    expect(checkText("😀".repeat(5000), rules)).toEqual({ value: "😀".repeat(5000) });
    const links = "see https://a.example and [b](http://b.example), <https://c.example>, www.d.example";
    expect(countLinks(links)).toBe(4);
    expect(checkText(links, rules)).toEqual({ error: { field: "text", code: "too-many-links", message: "Comment: at most 3 links (this one has 4)." } });
  });

  it("refuses text that is not well-formed Unicode or holds control characters", () => {
    expect(checkText("half a pair \uD800 here", rules)).toMatchObject({ error: { field: "text", code: "encoding" } });
    expect(checkText("bell \u0007", rules)).toMatchObject({ error: { field: "text", code: "control-characters" } });
    expect(checkText("tab\tand\nlines", rules)).toEqual({ value: "tab\tand\nlines" });
  });

  it("asks for an e-mail when reply notices are wanted", () => {
    expect(checkFields({ name: "Ann", text: "Hi", notify: "on" }, rules)).toMatchObject({ ok: false, errors: [{ field: "email", code: "required-for-notify" }] });
    expect(checkFields({ name: "Ann", text: "Hi", notify: "on", email: "ann@example.com" }, rules)).toMatchObject({ ok: true, fields: { notify: true } });
  });

  it("takes a reply's parent only as a comment id", () => {
    expect(checkFields({ name: "Ann", text: "Hi", parent: "1 or 1=1" }, rules)).toMatchObject({ ok: false, errors: [{ field: "parent", code: "not-found" }] });
    expect(checkFields({ name: "Ann", text: "Hi", parent: "12" }, rules)).toMatchObject({ ok: true, fields: { parent: "12" } });
  });
});

describe("a comment form's body", () => {
  it("decodes a urlencoded form, the first of a repeated field counting", () => {
    const body = bytes("name=Ann+Lee&text=Caf%C3%A9+%26+more&name=Other&empty=&flag");
    expect(decodeForm(body, `${form}; charset=UTF-8`)).toEqual({ ok: true, values: { name: "Ann Lee", text: "Café & more", empty: "", flag: "" } });
  });

  it("refuses a 1 MB body before reading it", () => {
    const body = bytes(`text=${"a".repeat(1024 * 1024)}`);
    expect(decodeForm(body, form)).toEqual({ ok: false, error: { field: "form", code: "too-large", message: "The form is too large to send: at most 64 KB." } });
  });

  it("reads a request's form, and stops reading a 1 MB body at the limit, announced or not", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request("https://blog.example.com/comments", { method: "POST", body, headers: { "content-type": form, ...headers }, duplex: "half" } as RequestInit);
    expect(await readForm(post("name=Ann&text=Hi"))).toEqual({ ok: true, values: { name: "Ann", text: "Hi" } });
    expect(await readForm(post(`text=${"a".repeat(1024 * 1024)}`))).toMatchObject({ ok: false, error: { code: "too-large" } });

    // A body sent in chunks, without a length: reading stops at the first chunk past the limit.
    let pulled = 0;
    const endless = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled += 1;
            controller.enqueue(bytes("a".repeat(16 * 1024)));
          },
        },
        { highWaterMark: 0 },
      );
    expect(await readForm(post(endless()))).toMatchObject({ ok: false, error: { code: "too-large" } });
    expect(pulled).toBeLessThanOrEqual(MAX_FORM_BYTES / (16 * 1024) + 2);

    // A length the client announces over the limit: refused before a byte is read (a server's request carries it).
    pulled = 0;
    const announced = { headers: new Headers({ "content-type": form, "content-length": String(1024 * 1024) }), body: endless() } as unknown as Request;
    expect(await readForm(announced)).toMatchObject({ ok: false, error: { code: "too-large" } });
    expect(pulled).toBe(0);
    expect(await readForm(post("a=b", { "content-type": "multipart/form-data; boundary=x" }))).toMatchObject({ ok: false, error: { code: "content-type" } });
  });

  it("refuses invalid UTF-8, in the raw bytes or percent-encoded, naming the field", () => {
    expect(decodeForm(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe]), form)).toMatchObject({ ok: false, error: { field: "form", code: "encoding" } });
    expect(decodeForm(bytes("name=Ann&text=bad%FF%FEbytes"), form)).toEqual({ ok: false, error: { field: "text", code: "encoding", message: "Comment: holds bytes that are not valid UTF-8." } });
    expect(decodeForm(bytes("name=%C3"), form)).toMatchObject({ ok: false, error: { field: "name", code: "encoding" } });
  });

  it("refuses what a plain form does not send", () => {
    expect(decodeForm(bytes("{}"), "application/json")).toMatchObject({ ok: false, error: { code: "content-type" } });
    expect(decodeForm(bytes("a=b"), null)).toMatchObject({ ok: false, error: { code: "content-type" } });
  });

  it("keeps a field named like an object property as a plain value", () => {
    const decoded = decodeForm(bytes("__proto__=x&constructor=y&name=Ann"), form);
    expect(decoded).toMatchObject({ ok: true });
    if (decoded.ok) {
      expect(decoded.values.name).toBe("Ann");
      expect(decoded.values["__proto__"]).toBe("x");
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    }
  });
});
