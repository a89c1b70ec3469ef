/**
 * Paths no page can match: malformed percent-encoding, NUL and control
 * characters, dot segments and absurd lengths. The proxy answers them with
 * the 404 page before the router tries (and fails) to decode them.
 */
/** The longest path a request may have; a longer one is hostile. proxy.server.ts's matcher sends longer ones to the proxy. */
export const MAX_PATH_LENGTH = 2048;

export function isHostilePath(rawPath: string): boolean {
  if (rawPath.length > MAX_PATH_LENGTH) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return true;
  return decoded.split("/").some((segment) => segment === "." || segment === "..");
}
