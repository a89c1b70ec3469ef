/**
 * Reads front matter by the content model's field definitions
 * (contentlayer.config.ts): one generic reader per field type, and the type
 * of what it reads, so that a field is declared once and checked and typed
 * from there. Rules that are more than a type stay with their fields
 * (lib/frontmatter.ts, lib/build/pages.ts).
 */
import type { BooleanFieldDef, DateFieldDef, EnumFieldDef, NumberFieldDef, StringFieldDef } from "contentlayer2/source-files/schema";
import { parsePostDate, type PostDate } from "./web/dates";

/** A list of strings: the only kind of list front matter holds. */
type StringListFieldDef = { type: "list"; of: { type: "string" }; default?: readonly string[]; description?: string; required?: boolean };

/** The Contentlayer field definitions Quire reads. */
export type FieldDef = StringFieldDef | NumberFieldDef | BooleanFieldDef | DateFieldDef | EnumFieldDef | StringListFieldDef;
export type FieldDefs = Record<string, FieldDef>;

/** The value a field is read as. */
type ValueOf<F> = F extends { type: "list" }
  ? string[]
  : F extends { type: "enum"; options: readonly (infer O)[] }
    ? O
    : F extends { type: "date" }
      ? PostDate
      : F extends { type: "boolean" }
        ? boolean
        : F extends { type: "number" }
          ? number
          : string;

/** Whether a field always has a value once read: it is required, or has a default. */
type Always<F> = F extends { required: true } ? true : F extends { default: unknown } ? true : false;

/** What reading fields by `Defs` gives: required and defaulted fields are always there, the rest optional. */
export type FieldsOf<Defs extends FieldDefs> = Simplify<
  { -readonly [K in keyof Defs as Always<Defs[K]> extends true ? K : never]: ValueOf<Defs[K]> } & {
    -readonly [K in keyof Defs as Always<Defs[K]> extends true ? never : K]?: ValueOf<Defs[K]>;
  }
>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type Problem = (field: string, message: string) => void;

/**
 * A field read by code instead of by its type: `value` as written (under
 * `spelled`), `read` the fields before it. Returns the value, or undefined
 * when absent or wrong (after telling `problem`).
 */
export type FieldRule<Values> = (value: unknown, context: { spelled: string; read: Partial<Values>; problem: Problem }) => unknown;

export interface ReadOptions<Defs extends FieldDefs> {
  /** Other spellings: `{ author: "authors" }` reads `author:` when `authors:` is absent. */
  aliases?: Readonly<Record<string, keyof Defs & string>>;
  /** Fields read by code (see FieldRule) rather than by their type. */
  rules?: { [K in keyof Defs]?: FieldRule<FieldsOf<Defs>> };
  /** Whether a number written where text is expected (`title: 1984`) is taken as its text, or is a problem. */
  numbersAsText?: boolean;
}

const absent = (value: unknown) => value === undefined || value === null;

/**
 * Reads `data` (front matter as parsed from YAML) field by field, in the
 * model's order, telling `problem` of each field that is missing or wrong
 * (`"is required"`, `"must be a string"`...). Absent fields take their
 * default; absent optional ones are left out.
 */
export function readFields<Defs extends FieldDefs>(
  defs: Defs,
  data: Readonly<Record<string, unknown>>,
  problem: Problem,
  options: ReadOptions<Defs> = {},
): Partial<FieldsOf<Defs>> {
  const read: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(defs)) {
    // The field's own spelling first, then its aliases in the order declared.
    const spellings = [name, ...Object.entries(options.aliases ?? {}).flatMap(([alias, target]) => (target === name ? [alias] : []))];
    const spelled = spellings.find((key) => !absent(data[key])) ?? name;
    const raw = data[spelled];
    const rule = options.rules?.[name];
    let value = rule
      ? rule(raw, { spelled, read: read as Partial<FieldsOf<Defs>>, problem })
      : readValue(def, options.numbersAsText && typeof raw === "number" && (def.type === "string" || def.type === "enum") ? String(raw) : raw, spelled, problem);
    if (value === undefined && !rule && def.required && isBlank(raw)) problem(spelled, "is required");
    if (value === undefined && def.default !== undefined) value = Array.isArray(def.default) ? [...def.default] : def.default;
    if (value !== undefined) read[name] = value;
  }
  return read as Partial<FieldsOf<Defs>>;
}

/** Tells `problem`, and reads nothing. */
function fail(problem: Problem, field: string, message: string): undefined {
  problem(field, message);
  return undefined;
}

const isBlank = (value: unknown) => absent(value) || (typeof value === "string" && !value.trim());

/** One value by its field's type; undefined when absent, blank or wrong. */
function readValue(def: FieldDef, value: unknown, field: string, problem: Problem): unknown {
  switch (def.type) {
    case "string":
      return readString(value, field, problem);
    case "date": {
      if (isBlank(value)) return undefined;
      const parsed = parsePostDate(value);
      return "error" in parsed ? fail(problem, field, parsed.error) : parsed;
    }
    case "list":
      return readList(value, field, problem);
    case "boolean":
      return readBoolean(value, field, problem);
    case "number": {
      if (absent(value)) return undefined;
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      if (typeof n === "number" && Number.isFinite(n)) return n;
      return fail(problem, field, `must be a number, got ${JSON.stringify(value)}`);
    }
    case "enum": {
      const text = readString(value, field, problem);
      if (text === undefined) return undefined;
      const option = def.options.find((o) => o.toLowerCase() === text.toLowerCase());
      return option ?? fail(problem, field, `must be one of ${def.options.join(", ")}, got ${JSON.stringify(value)}`);
    }
  }
}

/** Text, trimmed; blank is absent. */
function readString(value: unknown, field: string, problem: Problem): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== "string") return fail(problem, field, "must be a string");
  return value.trim() || undefined;
}

/** A YAML list or one comma-separated string; items trimmed, blank and repeated ones dropped. */
function readList(value: unknown, field: string, problem: Problem): string[] | undefined {
  if (absent(value) || value === "") return undefined;
  const items = typeof value === "string" ? value.split(",") : value;
  if (!Array.isArray(items)) return fail(problem, field, "must be a list or a comma-separated string");
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === "string" || typeof item === "number") {
      const text = String(item).trim();
      if (text && !out.includes(text)) out.push(text);
    } else if (item !== null) {
      problem(field, `every item must be text, got ${JSON.stringify(item)}`);
    }
  }
  return out;
}

/** true, false, or the strings "true" and "false". */
function readBoolean(value: unknown, field: string, problem: Problem): boolean | undefined {
  if (absent(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return fail(problem, field, `must be true or false, got ${JSON.stringify(value)}`);
}
