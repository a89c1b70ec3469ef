import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CACHE_RULES, contentSecurityPolicy, headersFile, securityHeaders } from "@/lib/server/security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d]));

describe("contentSecurityPolicy", () => {
  it("in production never allows eval and fetches old http:// images over https", () => {
    const policy = directives(contentSecurityPolicy(true));
    expect(policy.get("script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy.get("upgrade-insecure-requests")).toBe("upgrade-insecure-requests");
    expect(policy.get("img-src")).toBe("img-src 'self' data: https:");
  });

  it("in development lets React's dev tools eval, and does not upgrade http://localhost", () => {
    const policy = directives(contentSecurityPolicy(false));
    expect(policy.get("script-src")).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("is the same policy in the headers of next start and in the export's _headers", () => {
    expect(securityHeaders(true)).toContainEqual({ key: "Content-Security-Policy", value: contentSecurityPolicy(true) });
    expect(securityHeaders(false)).toContainEqual({ key: "Content-Security-Policy", value: contentSecurityPolicy(false) });
    expect(headersFile()).toContain(`Content-Security-Policy: ${contentSecurityPolicy(true)}`);
  });
});

describe("deploy/nginx.conf", () => {
  const conf = fs.readFileSync("deploy/nginx.conf", "utf8");

  it("sends exactly the production security headers", () => {
    const sent = [...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)].map((m) => ({ key: m[1], value: m[2] }));
    expect(sent).toEqual(securityHeaders(true));
  });

  it("sends every Cache-Control value of the Node server", () => {
    for (const rule of CACHE_RULES) expect(conf, rule.source).toContain(`"${rule.value}"`);
  });
});
