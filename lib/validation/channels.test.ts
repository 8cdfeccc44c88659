import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { canonicalChannel, channelName, COMMON_CHANNELS, type CommonChannel } from "@/lib/wizard/channel-names";
import { channelListSchema, channelRefs } from "./channels";

const label = (code: CommonChannel) => (code === "x" ? "X (Twitter)" : code === "newsletter" ? "Boletín" : code.toUpperCase());
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const issues = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("channelListSchema", () => {
  it("accepts distinct names and refuses a name twice whatever its case", () => {
    expect(
      issues(channelListSchema, [
        { id: id(1), name: "instagram" },
        { id: id(2), name: "Mastodon" },
      ]),
    ).toEqual({});
    expect(
      issues(channelListSchema, [
        { id: id(1), name: "Mastodon" },
        { id: id(2), name: " mastodon " },
      ]),
    ).toEqual({ "1.name": "duplicate" });
    expect(
      issues(channelListSchema, [
        { id: id(1), name: "A" },
        { id: id(1), name: "B" },
      ]),
    ).toEqual({ "1.id": "invalid" });
  });

  it("refuses blank and over-long names with the limit", () => {
    expect(issues(channelListSchema, [{ id: id(1), name: "  " }])).toEqual({ "0.name": "required" });
    expect(issues(channelListSchema, [{ id: id(1), name: "x".repeat(121) }])).toEqual({ "0.name": "too_long:120" });
  });

  it("never accepts a list with two equal names (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Instagram", "instagram", "Radio", "radio ", "Foro"), { maxLength: 6 }), (names) => {
        const parsed = z.safeParse(
          channelListSchema,
          names.map((name, i) => ({ id: id(i + 1), name })),
        );
        const distinct = new Set(names.map((n) => n.trim().toLocaleLowerCase())).size === names.length;
        expect(parsed.success).toBe(distinct);
      }),
    );
  });
});

describe("channelRefs (what a picker sends)", () => {
  it("takes uuids once each, and says 'unknown channel' for anything else", () => {
    expect(issues(channelRefs, [id(1), id(2)])).toEqual({});
    expect(issues(channelRefs, [id(1), id(1)])).toEqual({ "": "duplicate" });
    expect(issues(channelRefs, ["Instagram"])).toEqual({ "0": "unknown_channel" });
  });

  it("refuses any non-uuid string (property)", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[0-9a-f-]{36}$/i.test(s)),
        (value) => {
          expect(z.safeParse(channelRefs, [value]).success).toBe(false);
        },
      ),
    );
  });
});

describe("channel names", () => {
  it("shows ready-made channels by their label and the owner's own by their name", () => {
    expect(channelName("newsletter", label)).toBe("Boletín");
    expect(channelName("Radio Cadena Sur", label)).toBe("Radio Cadena Sur");
    for (const code of COMMON_CHANNELS) expect(channelName(code, label)).toBe(label(code));
  });

  it("folds a typed ready-made name onto its code and keeps anything else as typed", () => {
    expect(canonicalChannel(" Instagram ", label)).toBe("instagram");
    expect(canonicalChannel("x (twitter)", label)).toBe("x");
    expect(canonicalChannel("boletín", label)).toBe("newsletter");
    expect(canonicalChannel("Mastodon ", label)).toBe("Mastodon");
  });
});
