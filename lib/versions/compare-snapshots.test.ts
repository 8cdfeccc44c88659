import { describe, expect, it } from "vitest";
import type { PlanSnapshot } from "@/db/queries/plan-overview";
import { compareSnapshots } from "./compare-snapshots";

// Only the columns a case needs: the comparison reads whatever keys a row has.
const row = <T>(fields: Record<string, unknown>) => fields as T;

function snapshot(parts: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    project: { id: "p", name: "Guitarras Lorca", description: "" },
    steps: [],
    categories: [],
    offerings: [],
    personas: [],
    competitors: [],
    digitalProfile: null,
    targetProfile: null,
    channels: [
      { id: "ch-news", name: "newsletter" },
      { id: "ch-radio", name: "Local radio" },
    ],
    stages: [{ id: "st-1", name: "awareness" }],
    contentIdeas: [],
    socialPlans: [],
    campaigns: [],
    campaignPersonas: [],
    ...parts,
  };
}

const personas = [
  row<PlanSnapshot["personas"][number]>({ id: "pe-1", name: "Lucía", journey: { cells: [] }, channelIds: ["ch-news"] }),
  row<PlanSnapshot["personas"][number]>({ id: "pe-2", name: "Tomás", journey: { cells: [] }, channelIds: [] }),
];
const campaign = row<PlanSnapshot["campaigns"][number]>({ id: "ca-1", offeringId: "of-1", channelId: "ch-news", stageId: null });
const offering = row<PlanSnapshot["offerings"][number]>({ id: "of-1", name: "Guitarra", categoryId: "cat-1" });

describe("compareSnapshots", () => {
  it("finds nothing between a snapshot and itself", () => {
    expect(compareSnapshots(snapshot({ personas }), snapshot({ personas }), "en")).toEqual([]);
  });

  it("shows references by name in the reader's language, and structures only as changed", () => {
    const before = snapshot({ personas, offerings: [offering] });
    const after = snapshot({
      offerings: [offering],
      personas: [
        { ...personas[0]!, channelIds: ["ch-news", "ch-radio"], journey: { cells: [{ stageId: "st-1", feeling: 2 }] } } as never,
        personas[1]!,
      ],
    });
    for (const [locale, newsletter] of [
      ["en", "Newsletter"],
      ["es", "Boletín por correo"],
    ] as const) {
      const [group] = compareSnapshots(before, after, locale);
      expect(group).toEqual({
        group: "personas",
        items: [
          {
            kind: "persona",
            id: "pe-1",
            label: "Lucía",
            change: "changed",
            fields: [
              { field: "journey", values: null },
              { field: "channelIds", values: { before: [newsletter], after: [newsletter, "Local radio"] } },
            ],
          },
        ],
      });
    }
  });

  it("treats a campaign's personas as a set, and names a one-per-project answer added or removed", () => {
    const targets = (...ids: string[]) => ids.map((personaId) => ({ campaignId: "ca-1", personaId }));
    const before = snapshot({ personas, offerings: [offering], campaigns: [campaign], campaignPersonas: targets("pe-1", "pe-2") });
    const reordered = snapshot({ personas, offerings: [offering], campaigns: [campaign], campaignPersonas: targets("pe-2", "pe-1") });
    expect(compareSnapshots(before, reordered, "en")).toEqual([]);

    const withProfile = snapshot({
      personas,
      offerings: [offering],
      campaigns: [campaign],
      campaignPersonas: targets("pe-1"),
      targetProfile: row<NonNullable<PlanSnapshot["targetProfile"]>>({ household: "Couples" }),
    });
    expect(compareSnapshots(before, withProfile, "en")).toEqual([
      { group: "demographics", items: [{ kind: "targetProfile", id: "single", label: "", change: "added", fields: [] }] },
      {
        group: "integration",
        items: [
          {
            kind: "campaign",
            id: "ca-1",
            label: "Guitarra · Newsletter",
            change: "changed",
            fields: [{ field: "personaIds", values: { before: ["Lucía", "Tomás"], after: ["Lucía"] } }],
          },
        ],
      },
    ]);
    expect(compareSnapshots(withProfile, before, "en")[0]!.items[0]!.change).toBe("removed");
  });

  it("reports the project's own name first", () => {
    const renamed = snapshot({ project: { id: "p", name: "Lorca Guitars", description: "" } });
    expect(compareSnapshots(snapshot(), renamed, "en")).toEqual([
      {
        group: "project",
        items: [
          {
            kind: "project",
            id: "project",
            label: "",
            change: "changed",
            fields: [{ field: "name", values: { before: "Guitarras Lorca", after: "Lorca Guitars" } }],
          },
        ],
      },
    ]);
  });
});
