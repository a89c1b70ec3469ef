import { NextResponse, type NextRequest } from "next/server";
import { isHostilePath } from "./lib/request-guard";

/** Any path that cannot name a page gets the site's 404 page, never a 500. */
export function proxy(request: NextRequest) {
  const raw = rawPathname(request.url);
  if (isHostilePath(raw)) {
    const url = request.nextUrl.clone();
    url.pathname = "/404";
    url.search = "";
    return NextResponse.rewrite(url, { status: 404 });
  }
  return NextResponse.next();
}

/** The path exactly as sent: URL parsing would resolve `%2e%2e` and hide it. */
function rawPathname(url: string): string {
  const afterOrigin = url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  return afterOrigin.split(/[?#]/)[0] || "/";
}

// Only paths that can be hostile reach the proxy: a percent sign (malformed
// or encoded bytes), a dot segment, or an absurd length. Every other request
// goes straight to the static page, at full speed.
export const config = {
  matcher: ["/(.*%.*)", "/(.*\\.\\..*)", "/(.{1024,})"],
};
