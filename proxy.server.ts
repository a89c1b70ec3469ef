import { NextResponse, type NextRequest } from "next/server";
import { isHostilePath } from "./lib/request-guard";
import { movedPaths } from "./lib/redirect-table";
import { findRedirect } from "./lib/redirects";

/**
 * Any path that cannot name a page gets the site's 404 page, never a 500;
 * old URLs (aliases, WordPress permalinks, the redirect table) get a 308.
 *
 * Named `proxy.server.ts`: next.config.ts counts `server.ts` as a page
 * extension only for builds with a Node server, so a static export (which
 * cannot run a proxy) has none and its build does not list one.
 */
export function proxy(request: NextRequest) {
  const raw = rawPathname(request.url);
  if (isHostilePath(raw)) {
    const url = request.nextUrl.clone();
    url.pathname = "/404";
    url.search = "";
    return NextResponse.rewrite(url, { status: 404 });
  }
  const { pathname } = request.nextUrl;
  // findRedirect ignores a trailing slash: `/<slug>/` reaches its post in one hop.
  const to = findRedirect(movedPaths, pathname) ?? withoutTrailingSlash(pathname);
  if (to) {
    const url = request.nextUrl.clone();
    url.pathname = to;
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

/**
 * next.config.ts turns off Next's own trailing-slash redirect (it would send
 * `/<slug>/` to `/<slug>` first, a second hop); every other path that ends
 * in a slash gets the same single 308 here.
 */
function withoutTrailingSlash(pathname: string): string | undefined {
  if (pathname.length < 2 || !pathname.endsWith("/")) return undefined;
  return pathname.replace(/\/+$/, "") || "/";
}

/** The path exactly as sent: URL parsing would resolve `%2e%2e` and hide it. */
function rawPathname(url: string): string {
  const afterOrigin = url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  return afterOrigin.split(/[?#]/)[0] || "/";
}

// The proxy sees only the requests it can change, so pages, feeds and assets
// go straight to their static files at full speed:
// - paths that can be hostile: a percent sign (malformed or encoded bytes),
//   a dot segment, or an absurd length;
// - paths no route owns, where old URLs live. The list mirrors RESERVED in
//   lib/redirects.ts, which keeps aliases off these paths;
// - paths ending in a slash (see withoutTrailingSlash).
export const config = {
  matcher: [
    "/(.+/)",
    "/(.*%.*)",
    "/(.*\\.\\..*)",
    "/(.{1024,})",
    "/((?!(?:blog|tags|categories|search|og|_next|_content|404)(?:/|$)|(?:feed\\.xml|atom\\.xml|feed\\.json|search\\.json|sitemap\\.xml|robots\\.txt|icon\\.svg|favicon\\.ico)$).+)",
  ],
};
