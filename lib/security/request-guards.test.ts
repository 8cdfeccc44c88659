import { describe, expect, it } from "vitest";
import { isForeignAction, isMalformedPath } from "./request-guards";

describe("isMalformedPath", () => {
  it("flags a percent-escape that is not UTF-8 or is cut short", () => {
    expect(isMalformedPath("/projects/%ff/plan")).toBe(true);
    expect(isMalformedPath("/invite/%ff")).toBe(true);
    expect(isMalformedPath("/projects/%E0%A4%A/plan")).toBe(true);
    expect(isMalformedPath("/x/%")).toBe(true);
  });

  it("lets through ordinary and properly escaped paths", () => {
    expect(isMalformedPath("/projects/0b1c/plan")).toBe(false);
    expect(isMalformedPath("/invite/abc%20def")).toBe(false);
    expect(isMalformedPath("/caf%C3%A9")).toBe(false);
  });
});

describe("isForeignAction", () => {
  const post = (headers: Record<string, string>) => isForeignAction(new Headers({ "next-action": "7f00", ...headers }), "POST");

  it("refuses an action whose Origin is another site", () => {
    expect(post({ host: "perfila.test", origin: "https://evil.example" })).toBe(true);
  });

  it("refuses a forged X-Forwarded-Host that does not match the Origin", () => {
    expect(post({ host: "localhost:3000", "x-forwarded-host": "evil.example", origin: "http://localhost:3000" })).toBe(true);
  });

  it("refuses an Origin that is not a URL", () => {
    expect(post({ host: "perfila.test", origin: "null" })).toBe(true);
  });

  it("accepts the site's own origin, directly or through a proxy", () => {
    expect(post({ host: "localhost:3000", origin: "http://localhost:3000" })).toBe(false);
    expect(post({ host: "10.0.0.5:3000", "x-forwarded-host": "perfila.example", origin: "https://perfila.example" })).toBe(false);
    expect(post({ host: "PERFILA.test", origin: "https://perfila.test" })).toBe(false);
  });

  it("leaves alone what is not an action, and an action with no Origin (Next decides)", () => {
    expect(isForeignAction(new Headers({ host: "a.test", origin: "https://b.test" }), "POST")).toBe(false);
    expect(isForeignAction(new Headers({ "next-action": "7f00", host: "a.test", origin: "https://b.test" }), "GET")).toBe(false);
    expect(post({ host: "a.test" })).toBe(false);
  });
});
