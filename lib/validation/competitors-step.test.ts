import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  blankCompetitor,
  competitorsStepMissing,
  competitorsStepSchema,
  EMPTY_DIGITAL_PROFILE,
  isCompetitorsStepComplete,
  isWebsite,
  MAX_COMPETITORS,
  type CompetitorInput,
  type CompetitorsStepInput,
  type DigitalProfileInput,
} from "./competitors-step";
import { MAX_TAGS } from "./tags";

function competitor(overrides: Partial<CompetitorInput> = {}): CompetitorInput {
  return {
    ...blankCompetitor(randomUUID()),
    name: "Big online instrument store",
    website: "https://www.thomann.de/es/",
    overlap: "Entry-level electric guitars",
    revenueModel: "Volume sales with thin margins, plus accessories",
    channels: "YouTube demos, Google Shopping ads, newsletters",
    notes: "Fast delivery; little advice",
    ...overrides,
  };
}

const fullProfile: DigitalProfileInput = {
  media: ["Guitarrista magazine", "Premier Guitar"],
  keywords: ["handmade guitar", "luthier Sevilla"],
  needs: "A guitar that sounds great without a collector's price",
  painPoints: "Mass-produced guitars buzz and go out of tune",
};

const CHANNELS = [
  { id: randomUUID(), name: "instagram" },
  { id: randomUUID(), name: "Mastodon" },
];

const step = (
  competitors: CompetitorInput[],
  digitalProfile: DigitalProfileInput = fullProfile,
  channels = CHANNELS,
): CompetitorsStepInput => ({
  version: 2,
  competitors,
  digitalProfile,
  channels,
});

/** The error codes by field path, as the action reports them. */
function errorsOf(input: unknown): Record<string, string> {
  const result = competitorsStepSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("competitorsStepSchema", () => {
  it("accepts a full step and an empty one", () => {
    const input = step([competitor(), competitor({ name: "Local music shop chain", website: "" })]);
    expect(competitorsStepSchema.parse(input)).toEqual(input);
    expect(competitorsStepSchema.safeParse(step([], EMPTY_DIGITAL_PROFILE)).success).toBe(true);
  });

  it("trims text and tags", () => {
    const parsed = competitorsStepSchema.parse(
      step([competitor({ name: "  Music Shop  ", website: " https://shop.example.com " })], { ...fullProfile, keywords: [" luthier "] }),
    );
    expect(parsed.competitors[0]!.name).toBe("Music Shop");
    expect(parsed.competitors[0]!.website).toBe("https://shop.example.com");
    expect(parsed.digitalProfile.keywords).toEqual(["luthier"]);
  });

  it("requires a competitor's name", () => {
    expect(errorsOf(step([competitor({ name: "  " })]))).toEqual({ "competitors.0.name": "required" });
  });

  it("accepts only full http or https website addresses", () => {
    for (const bad of [
      "thomann.de",
      "www.thomann.de",
      "javascript:alert(1)",
      "ftp://files.example.com",
      "mailto:shop@example.com",
      "https://localhost",
      "https://exa mple.com",
      "https://user:pass@example.com",
      "https://example..com",
      "http://",
    ]) {
      expect(errorsOf(step([competitor({ website: bad })])), bad).toEqual({ "competitors.0.website": "invalid_url" });
    }
    for (const good of ["http://example.com", "https://tienda.example.es/guitarras?page=2#top", "https://música.example", ""]) {
      expect(errorsOf(step([competitor({ website: good })])), good).toEqual({});
    }
    expect(errorsOf(step([competitor({ website: `https://example.com/${"a".repeat(300)}` })]))).toEqual({
      "competitors.0.website": "too_long:300",
    });
  });

  it("limits lengths and counts", () => {
    expect(errorsOf(step([competitor({ name: "x".repeat(121) })]))).toEqual({ "competitors.0.name": "too_long:120" });
    expect(errorsOf(step([competitor({ notes: "x".repeat(2001) })]))).toEqual({ "competitors.0.notes": "too_long:2000" });
    expect(errorsOf(step([competitor()], { ...fullProfile, painPoints: "x".repeat(2001) }))).toEqual({
      "digitalProfile.painPoints": "too_long:2000",
    });
    expect(errorsOf(step([competitor()], { ...fullProfile, media: ["x".repeat(81)] }))).toEqual({
      "digitalProfile.media.0": "too_long:80",
    });
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `keyword ${i}`);
    expect(errorsOf(step([competitor()], { ...fullProfile, keywords: many.slice(0, MAX_TAGS) }))).toEqual({});
    expect(errorsOf(step([competitor()], { ...fullProfile, keywords: many }))).toEqual({
      "digitalProfile.keywords": `too_many:${MAX_TAGS}`,
    });
    const crowd = Array.from({ length: MAX_COMPETITORS + 1 }, () => competitor({ id: randomUUID() }));
    expect(errorsOf(step(crowd))).toEqual({ competitors: `too_many:${MAX_COMPETITORS}` });
  });

  it("refuses duplicate tags, ignoring case and spaces", () => {
    expect(errorsOf(step([], { ...fullProfile, keywords: ["Luthier", " luthier "] }))).toEqual({ "digitalProfile.keywords": "duplicate" });
    expect(errorsOf(step([], fullProfile, [...CHANNELS, { id: randomUUID(), name: "INSTAGRAM" }]))).toEqual({
      "channels.2.name": "duplicate",
    });
    expect(errorsOf(step([], { ...fullProfile, media: ["", "ok"] }))).toEqual({ "digitalProfile.media.0": "required" });
  });

  it("refuses characters the database cannot store as sent", () => {
    expect(errorsOf(step([competitor({ overlap: "a\u0000b" })]))).toEqual({ "competitors.0.overlap": "invalid" });
    expect(errorsOf(step([], { ...fullProfile, keywords: ["lone \ud800"] }))).toEqual({ "digitalProfile.keywords.0": "invalid" });
    expect(errorsOf(step([competitor({ name: "Guitarras 🎸 Ñandú" })]))).toEqual({});
  });

  it("refuses malformed ids, repeated ids and wrong shapes", () => {
    const twin = competitor();
    expect(errorsOf(step([twin, { ...twin, name: "Twin" }]))).toEqual({ "competitors.1.id": "invalid" });
    expect(errorsOf(step([competitor({ id: "new-1" })]))).toEqual({ "competitors.0.id": "invalid" });
    expect(errorsOf({ version: 1, competitors: "none", digitalProfile: fullProfile })).toHaveProperty("competitors");
    expect(errorsOf({ version: 1, competitors: [], channels: [], digitalProfile: { ...fullProfile, keywords: "luthier" } })).toEqual({
      "digitalProfile.keywords": "invalid",
    });
    expect(errorsOf({ version: -1, competitors: [], digitalProfile: fullProfile })).toHaveProperty("version");
    expect(errorsOf({ version: 0, competitors: [] })).toHaveProperty("digitalProfile");
  });
});

describe("isWebsite", () => {
  it("needs a scheme of http or https and a dotted host", () => {
    expect(isWebsite("https://guitarras.example")).toBe(true);
    expect(isWebsite("HTTPS://GUITARRAS.EXAMPLE")).toBe(true);
    expect(isWebsite("guitarras.example")).toBe(false);
    expect(isWebsite("data:text/html,hi")).toBe(false);
  });
});

describe("competitorsStepMissing", () => {
  it("lists everything for an empty step", () => {
    expect(competitorsStepMissing(step([], EMPTY_DIGITAL_PROFILE, [])).map((m) => m.code)).toEqual([
      "noCompetitors",
      "noSocialNetworks",
      "noKeywords",
      "noNeeds",
      "noPainPoints",
    ]);
  });

  it("names each competitor whose working channels are not described yet", () => {
    const missing = competitorsStepMissing(step([competitor(), competitor({ name: "Local music shop chain", channels: "  " })]));
    expect(missing).toEqual([{ code: "competitorWithoutChannels", name: "Local music shop chain" }]);
  });

  it("is complete with one described competitor and the profile's essentials, media optional", () => {
    const input = step([competitor()], { ...fullProfile, media: [] });
    expect(competitorsStepMissing(input)).toEqual([]);
    expect(isCompetitorsStepComplete(input)).toBe(true);
    expect(isCompetitorsStepComplete(step([competitor()], { ...fullProfile, needs: " " }))).toBe(false);
  });
});
