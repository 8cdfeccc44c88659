import { describe, expect, it } from "vitest";
import { blankCell, NO_JOURNEY, type PersonaJourney } from "@/lib/validation/journey";
import { hasMapContent, journeyToDo, opportunityLines, summarizeJourney, topicFromOpportunity, type MapStage } from "./journey-map";
import { plannedStages } from "./journey-plan";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const STAGES: MapStage[] = [1, 2, 3, 4, 5].map((n) => ({ id: id(n), label: `Stage ${n}` }));

function journey(cells: PersonaJourney["cells"]): PersonaJourney {
  return { ...NO_JOURNEY, cells };
}

describe("summarizeJourney", () => {
  it("gives one line per stage with the first touchpoint and pain point, and flags stages that hurt with nothing planned", () => {
    const map = journey([
      { ...blankCell(id(1)), touchpoints: "- Instagram\nA friend", feeling: 1, feelingWord: " Curious " },
      { ...blankCell(id(2)), painPoints: "\nNo price online\nSlow replies" },
      { ...blankCell(id(3)), feeling: -1 },
      { ...blankCell(id(4)), feeling: -2, painPoints: "Nobody calls back" },
    ]);
    const summary = summarizeJourney(STAGES, map, new Set([id(4)]));
    expect(summary[0]).toMatchObject({ feeling: 1, feelingWord: "Curious", touchpoint: "Instagram", painPoint: "", unattended: false });
    expect(summary[1]).toMatchObject({ feeling: null, painPoint: "No price online", unattended: true });
    expect(summary[2]).toMatchObject({ feeling: -1, unattended: true });
    // Something is planned there: a pain point is no longer flagged.
    expect(summary[3]).toMatchObject({ painPoint: "Nobody calls back", unattended: false });
    expect(summary[4]).toMatchObject({ label: "Stage 5", feeling: null, touchpoint: "", unattended: false });
  });
});

describe("map content", () => {
  it("counts a map as started once any cell holds a feeling or words, not for empty cells", () => {
    expect(hasMapContent(journey([blankCell(id(1)), { ...blankCell(id(2)), thinksAndDoes: "  " }]))).toBe(false);
    expect(hasMapContent(journey([{ ...blankCell(id(2)), feeling: 0 }]))).toBe(true);
    expect(journeyToDo(NO_JOURNEY)).toBe(2);
    expect(journeyToDo({ ...journey([{ ...blankCell(id(2)), opportunities: "x" }]), objective: "Why" })).toBe(0);
  });

  it("reads opportunities one per line and shortens a long one into a topic at a word", () => {
    expect(opportunityLines({ ...blankCell(id(1)), opportunities: "• Show prices\n\nShow prices\nCall back within a day" })).toEqual([
      "Show prices",
      "Call back within a day",
    ]);
    expect(opportunityLines(undefined)).toEqual([]);
    expect(topicFromOpportunity("Short one", 160)).toBe("Short one");
    const long = topicFromOpportunity("word ".repeat(50), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^word( word)*…$/);
  });
});

describe("journey plan links", () => {
  it("lists the stages with something planned for one persona", () => {
    const items = [
      { kind: "contentIdea" as const, id: id(7), personaId: "p1", stageId: id(1), title: "Guide" },
      { kind: "contentIdea" as const, id: id(8), personaId: "p2", stageId: id(2), title: "Video" },
    ];
    expect(plannedStages(items, "p1")).toEqual(new Set([id(1)]));
  });
});
