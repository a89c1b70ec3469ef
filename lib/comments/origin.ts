/**
 * Whether a form POST comes from a page of this site: the one check every
 * comments form passes before anything is read, the reader's (app/comments)
 * and the author's (/admin/comments, the e-mail links' confirm pages).
 *
 * A browser says where a form was sent from: `Sec-Fetch-Site` (anything but
 * `same-origin` is refused), `Origin`, or, when it sends none, `Referer`.
 * Its host must be the host the request was sent to (the proxy's
 * X-Forwarded-Host when there is one, as Next checks its own server
 * actions); `null` (a sandboxed or opaque page) is refused. The forms differ
 * only when the request names no source at all: the reader's form carries a
 * signed token made for one post and a minimum time, so it is `allow`ed;
 * the author's forms act with a session, so they `refuse`.
 */
export function fromThisSite(url: string, headers: Headers, unnamed: "allow" | "refuse"): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const source = headers.get("origin") ?? headers.get("referer");
  if (!source) return unnamed === "allow";
  if (source === "null") return false;
  const host = (headers.get("x-forwarded-host")?.split(",")[0] ?? headers.get("host") ?? new URL(url).host).trim().toLowerCase();
  try {
    return new URL(source).host.toLowerCase() === host;
  } catch {
    return false;
  }
}
