import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id";

describe("requestIdFor", () => {
  it("keeps a load balancer's id that looks like one", () => {
    expect(requestIdFor("lb-1f2e3d4c.5b6a")).toBe("lb-1f2e3d4c.5b6a");
  });

  it("replaces a missing, short, long or odd id with a fresh uuid", () => {
    for (const incoming of [null, "", "short", "x".repeat(65), "id with spaces", "id\nforged: line"]) {
      const id = requestIdFor(incoming);
      expect(id, String(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
