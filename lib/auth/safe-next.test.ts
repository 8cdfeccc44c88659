import { describe, expect, it } from "vitest";
import { safeNextPath, withNext } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeNextPath("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
    expect(safeNextPath("/projects/1?x=2#top")).toBe("/projects/1?x=2#top");
  });

  it.each([
    undefined,
    null,
    42,
    "",
    "projects",
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    " /projects",
    "/\t/evil.example",
  ])("sends %j to the project list", (next) => {
    expect(safeNextPath(next)).toBe("/projects");
  });

  it("builds links that come back only to safe paths", () => {
    expect(withNext("/sign-in", "/invite/t")).toBe("/sign-in?next=%2Finvite%2Ft");
    expect(withNext("/sign-up", "//evil.example")).toBe("/sign-up");
    expect(withNext("/sign-up", undefined)).toBe("/sign-up");
  });
});
