import { describe, expect, it } from "vitest";
import { addTags, hasTagSeparator, MAX_TAGS, splitTagText } from "./tags";

describe("splitTagText", () => {
  it("splits on commas, semicolons and line breaks, trimming each entry", () => {
    expect(splitTagText("a, b; c\nd")).toEqual(["a", "b", "c", "d"]);
    expect(splitTagText(" Instagram ,TikTok\r\nYouTube ")).toEqual(["Instagram", "TikTok", "YouTube"]);
  });

  it("drops empty entries", () => {
    expect(splitTagText(",, ;\n\n a ,;")).toEqual(["a"]);
    expect(splitTagText("   ")).toEqual([]);
  });

  it("leaves an entry without separators whole", () => {
    expect(splitTagText("Madrid y alrededores")).toEqual(["Madrid y alrededores"]);
    expect(hasTagSeparator("Madrid y alrededores")).toBe(false);
    expect(hasTagSeparator("Madrid;")).toBe(true);
  });
});

describe("addTags", () => {
  it("adds new entries after the existing ones and skips repeats, case aside", () => {
    expect(addTags(["Madrid"], ["Sevilla", "madrid", "SEVILLA", "Lorca"])).toEqual({ items: ["Madrid", "Sevilla", "Lorca"], refused: 0 });
  });

  it("stops at the limit and counts what did not fit", () => {
    const full = Array.from({ length: MAX_TAGS - 1 }, (_, i) => `tag ${i}`);
    expect(addTags(full, ["one", "two", "three", "tag 0"])).toEqual({ items: [...full, "one"], refused: 2 });
    expect(addTags(["a", "b"], ["c"], 2)).toEqual({ items: ["a", "b"], refused: 1 });
  });
});
