/**
 * WordPress shortcodes, read with WordPress's own grammar (get_shortcode_regex
 * and shortcode_parse_atts in wp-includes/shortcodes.php): `[name attrs]`,
 * `[name attrs /]`, `[name attrs]content[/name]`, and `[[name]]` for a
 * shortcode written out literally. Attribute values may be double-quoted,
 * single-quoted or bare; positional values are numbered from 0.
 */

export interface Shortcode {
  /** The name as written: WordPress matches names exactly, so `[Embed(...)]` (ActionScript) is no `[embed]`. */
  name: string;
  attrs: Record<string, string>;
  /** The text between the opening and closing tag; undefined for a self-closing one. */
  content?: string;
  /** Exactly as written. */
  source: string;
}

/** WordPress's shortcode regex for any name (`\2` is the name, `\5` the content). */
const SHORTCODE =
  /\[(\[?)([A-Za-z_][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)\[\/\2\])?)(\]?)/g;

/** shortcode_parse_atts's pattern. */
const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let position = 0;
  const normalized = text.replace(/[\u00a0\u200b]+/g, " ");
  for (const m of normalized.matchAll(ATTRIBUTE)) {
    if (m[1] !== undefined) attrs[m[1].toLowerCase()] = m[2];
    else if (m[3] !== undefined) attrs[m[3].toLowerCase()] = m[4];
    else if (m[5] !== undefined) attrs[m[5].toLowerCase()] = m[6];
    else attrs[String(position++)] = m[7] ?? m[8] ?? m[9];
  }
  return attrs;
}

/**
 * Replaces every shortcode in `text` by what `replace` returns for it
 * (undefined: the shortcode is not one `replace` knows; its tags are kept as
 * written and its content is still read for shortcodes). `[[x]]` becomes the
 * literal `[x]`.
 */
export function replaceShortcodes(text: string, replace: (shortcode: Shortcode) => string | undefined): string {
  return text.replace(SHORTCODE, (source, open: string, name: string, attrText: string, selfClosing: string | undefined, content: string | undefined, close: string) => {
    if (open === "[" && close === "]") return source.slice(1, -1);
    const shortcode: Shortcode = { name, attrs: parseAttributes(attrText), content, source: source.slice(open.length, source.length - close.length) };
    const replaced = replace(shortcode);
    if (replaced !== undefined) return open + replaced + close;
    if (content === undefined) return source;
    const closing = `[/${name}]`;
    const opening = shortcode.source.slice(0, shortcode.source.length - content.length - closing.length);
    return open + opening + replaceShortcodes(content, replace) + closing + close;
  });
}

/**
 * Whether an unknown `[name ...]` reads as a shortcode rather than text in
 * brackets: a lower-case name, and a closing tag, an attribute, or `/]`.
 */
export function looksLikeShortcode(shortcode: Shortcode): boolean {
  // Shortcode names are lower-case; `[SWF(width="1")]` and `[Bindable]` are ActionScript metadata.
  if (!/^[a-z][a-z0-9_-]*$/.test(shortcode.name)) return false;
  return shortcode.content !== undefined || /=|\/\]$/.test(shortcode.source) || Object.keys(shortcode.attrs).some((key) => !/^\d+$/.test(key));
}
