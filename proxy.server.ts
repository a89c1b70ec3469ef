import { NextResponse, type NextRequest } from "next/server";
import { isHostilePath } from "./lib/server/request-guard";
import { movedPaths } from "./lib/server/redirect-table";
import { findRedirect, ID_PARAMETERS } from "./lib/server/redirects";
import { SECTION_LANGUAGE_HEADER, sectionLanguageOf } from "./lib/server/section-language";

/**
 * Any path that cannot name a page gets the site's 404 page, never a 500;
 * old URLs (aliases, WordPress permalinks, the redirect table) get a 308;
 * an address in another language's section (`/fr/...`) tells the 404 page
 * its language (lib/server/section-language.ts).
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
  // findRedirect ignores a trailing slash: `/<slug>/` reaches its post in one hop;
  // `/?p=123` too, without the `p` the new address has no use for.
  const to = findRedirect(movedPaths, request.nextUrl.pathname, request.nextUrl.search);
  if (to) return redirect(request, `${request.nextUrl.basePath}${to}`, request.nextUrl.pathname === "/" ? ID_PARAMETERS : []);
  const slashless = withoutTrailingSlash(new URL(request.url).pathname);
  if (slashless) return redirect(request, slashless);
  // Set on every request the proxy passes on (replacing one the browser may
  // have sent): the 404 page's language, should no route have this address.
  const headers = new Headers(request.headers);
  headers.set(SECTION_LANGUAGE_HEADER, sectionLanguageOf(request.nextUrl.pathname));
  return NextResponse.next({ request: { headers } });
}

/** A 308 to `pathname` (the whole path, base path included, maybe a fragment) on this origin, the query kept but for `drop`. */
function redirect(request: NextRequest, pathname: string, drop: readonly string[] = []) {
  // Not request.nextUrl.clone(): a NextURL remembers the request's trailing
  // slash and would put it back on the new path.
  const url = new URL(request.url);
  // A target may carry a fragment (the archive's `#month-2014-08`).
  const [path, fragment] = pathname.split("#", 2);
  url.pathname = path;
  for (const name of drop) url.searchParams.delete(name);
  if (fragment !== undefined) url.hash = fragment;
  return NextResponse.redirect(url, 308);
}

/**
 * next.config.ts turns off Next's own trailing-slash redirect (it would send
 * `/<slug>/` to `/<slug>` first, a second hop); every other path that ends
 * in a slash gets the same single 308 here. Leading slashes collapse to one:
 * `//host/` must not become the protocol-relative `//host`.
 */
function withoutTrailingSlash(pathname: string): string | undefined {
  if (pathname.length < 2 || !pathname.endsWith("/")) return undefined;
  return pathname.replace(/\/+$/, "").replace(/^\/+/, "/") || "/";
}

/** The path exactly as sent: URL parsing would resolve `%2e%2e` and hide it. */
function rawPathname(url: string): string {
  const afterOrigin = url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  return afterOrigin.split(/[?#]/)[0] || "/";
}

// The proxy sees only the requests it can change, so pages, feeds and assets
// go straight to their static files at full speed:
// - paths that can be hostile: a percent sign (malformed or encoded bytes),
//   a dot segment, or a length over MAX_PATH_LENGTH (lib/server/request-guard.ts);
// - paths no route owns (ROUTE_ROOTS, lib/web/urls.ts), where old URLs live,
//   and any path ending in a slash (withoutTrailingSlash);
// - the home page only with a query naming an old post or page (`/?p=123`,
//   `/?page_id=9`: ID_PARAMETERS, lib/server/redirects.ts); `/` and its other
//   queries go straight to the page.
// Next reads this config without running the file, so it is a literal: the
// matcher written out from MAX_PATH_LENGTH and ROUTE_ROOTS, which
// tests/unit/route-roots.test.ts derives again and compares.
export const config = {
  matcher: [
    "/(.*%.*)",
    "/(.*\\.\\..*)",
    "/(.{2048,})",
    { source: "/", has: [{ type: "query", key: "p" }] },
    { source: "/", has: [{ type: "query", key: "page_id" }] },
    "/((?!(?:blog|archive|series|authors|tags|categories|search|_next|_content|_quire|404|admin)(?!.*/$)(?:/|$)|(?:feed\\.xml|atom\\.xml|feed\\.json|search\\.json|sitemap\\.xml|robots\\.txt|icon\\.svg|favicon\\.ico)$).+)",
  ],
};
