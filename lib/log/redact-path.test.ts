import { expect, it } from "vitest";
import { redactPath } from "./redact-path";

it("keeps the route of a token address and drops the token", () => {
  expect(redactPath("/share/AbC_12-xyz")).toBe("/share/[token]");
  expect(redactPath("/share/AbC_12-xyz?utm=mail")).toBe("/share/[token]?utm=mail");
  expect(redactPath("/invite/AbC_12-xyz/")).toBe("/invite/[token]/");
});

it("leaves every other address as it is", () => {
  for (const path of ["/", "/projects/0b1c/plan", "/shared/x", "/api/share/x", "/share"]) expect(redactPath(path)).toBe(path);
});
