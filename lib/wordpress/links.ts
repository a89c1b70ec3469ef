/**
 * Old WordPress addresses -> Quire paths, for links between posts
 * (BodyContext.linkTarget): the permalink, `/?p=123`, `/?page_id=9`,
 * `/slug/`, date-based paths (`/2010/05/03/slug/`, `/2010/05/slug/`), with or
 * without the old site's host.
 */

export interface LinkEntry {
  /** WordPress id (`p` or `page_id`). */
  id: string;
  /** The item's old permalink (`<link>`), absolute or a path. */
  link: string;
  /** Its old slugs: `post_name` decoded, and `_wp_old_slug`s. */
  oldSlugs: string[];
  /** Quire's path: `/blog/<slug>` or `/<page>`. */
  target: string;
}

export interface LinkMap {
  /** The Quire path (with the link's #fragment) for an old address of a post or page, or undefined. */
  target(url: string): string | undefined;
}

const BASE = "http://wordpress.invalid";

/** Host without `www.`, lowercase: `http://www.Example.com` and `https://example.com` are one site. */
function siteHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, "");
}

function keyOf(path: string): string {
  let p = path;
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep it encoded
  }
  return p.normalize("NFC").toLocaleLowerCase("en").replace(/\/+$/, "") || "/";
}

/**
 * The map from the export's posts and pages. `siteUrls` are the old site's
 * addresses (the channel's `<link>`, `wp:base_site_url`, `wp:base_blog_url`):
 * a link to another host is never rewritten; a site in a sub-folder
 * (`https://example.com/blog`) has its folder taken off.
 */
export function buildLinkMap(entries: LinkEntry[], siteUrls: string[]): LinkMap {
  const sites = siteUrls.filter(Boolean).flatMap((url) => {
    try {
      const u = new URL(url);
      return [{ host: siteHost(u.host), folder: u.pathname.replace(/\/+$/, "") }];
    } catch {
      return [];
    }
  });
  const hosts = new Set(sites.map((s) => s.host));
  const folders = [...new Set(sites.map((s) => s.folder).filter(Boolean))].sort((a, b) => b.length - a.length);
  const stripFolder = (path: string) => {
    const folder = folders.find((f) => path === f || path.startsWith(`${f}/`));
    return folder ? path.slice(folder.length) || "/" : path;
  };

  const byPath = new Map<string, string>();
  const byId = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const entry of entries) {
    if (entry.id) byId.set(entry.id, entry.target);
    if (entry.link) {
      try {
        const u = new URL(entry.link, BASE);
        const id = u.searchParams.get("p") ?? u.searchParams.get("page_id");
        if (!id && u.pathname !== "/") byPath.set(keyOf(stripFolder(u.pathname)), entry.target);
      } catch {
        // a broken <link> adds nothing
      }
    }
    for (const slug of entry.oldSlugs) if (slug && !bySlug.has(keyOf(slug))) bySlug.set(keyOf(slug), entry.target);
  }

  return {
    target(url: string): string | undefined {
      const text = url.trim();
      if (!text || text.startsWith("#") || /^(mailto|tel|javascript|data):/i.test(text)) return undefined;
      let u: URL;
      try {
        u = new URL(text, BASE);
      } catch {
        return undefined;
      }
      const relative = !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(text);
      if (!relative && !hosts.has(siteHost(u.host))) return undefined;
      const fragment = u.hash;
      const path = stripFolder(u.pathname);
      const id = u.searchParams.get("p") ?? u.searchParams.get("page_id") ?? u.searchParams.get("preview_id");
      if (id && (path === "/" || path === "/index.php")) {
        const found = byId.get(id);
        return found ? found + fragment : undefined;
      }
      const key = keyOf(path);
      const exact = byPath.get(key);
      if (exact) return exact + fragment;
      // `/slug`, `/2010/slug`, `/2010/05/slug`, `/2010/05/03/slug`: date parts then the slug.
      const parts = key.split("/").filter(Boolean);
      const slug = parts.pop();
      if (slug && parts.length <= 3 && parts.every((p) => /^\d{1,4}$/.test(p))) {
        const found = bySlug.get(slug);
        if (found) return found + fragment;
      }
      return undefined;
    },
  };
}
