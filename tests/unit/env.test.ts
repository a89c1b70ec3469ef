import { describe, expect, it } from "vitest";
import { readDeployEnv } from "@/lib/env";

describe("readDeployEnv", () => {
  it("is a normal build at the root when nothing is set", () => {
    expect(readDeployEnv({})).toEqual({ basePath: "", output: undefined });
  });

  it("takes a sub-path without its trailing slash, and either kind of output", () => {
    expect(readDeployEnv({ BASE_PATH: "/blog/", NEXT_OUTPUT: "export" })).toEqual({ basePath: "/blog", output: "export" });
    expect(readDeployEnv({ NEXT_OUTPUT: "standalone" }).output).toBe("standalone");
  });

  it("refuses values a build cannot use, saying which variable and why", () => {
    expect(() => readDeployEnv({ NEXT_OUTPUT: "static" })).toThrow('NEXT_OUTPUT must be "standalone" or "export", got "static"');
    expect(() => readDeployEnv({ BASE_PATH: "blog" })).toThrow('BASE_PATH must start with "/" (such as /blog), got "blog"');
  });
});
