import { describe, expect, it } from "vitest";
import { blankPersona, personaSchema } from "@/lib/validation/personas-step";
import { adoptStoredIds, PERSONA_SECTIONS, sectionOf, unansweredFields } from "./persona-sections";

const ID = "00000000-0000-4000-8000-000000000001";
const OFFERING = "00000000-0000-4000-8000-000000000002";
const CHANNEL = "00000000-0000-4000-8000-000000000003";

describe("persona sections", () => {
  // fromData is no answer of its own: it marks which answers came from customer data.
  it("edit every field of a persona exactly once, apart from its id, offering and data marks", () => {
    const edited = PERSONA_SECTIONS.flatMap((s) => s.fields as readonly string[]);
    const all = Object.keys(personaSchema.shape).filter((f) => !["id", "offeringId", "fromData"].includes(f));
    expect([...edited].sort()).toEqual([...all].sort());
    expect(new Set(edited).size).toBe(edited.length);
  });

  it("place each field in its section, and anything unknown in the first", () => {
    expect(sectionOf("pains")).toBe("wants");
    expect(sectionOf("objections")).toBe("decides");
    expect(sectionOf("channelIds")).toBe("reach");
    expect(sectionOf("offeringId")).toBe("who");
  });

  it("count as unanswered what is blank or only spaces, in the order of the sections", () => {
    const persona = { ...blankPersona(ID, OFFERING), name: "Lucía", description: "  ", pains: ["Strings too high"], channelIds: [CHANNEL] };
    expect(unansweredFields(persona)).toEqual([
      "description",
      "goals",
      "jobs",
      "gains",
      "needs",
      "motivations",
      "ideals",
      "objections",
      "attractingContent",
    ]);
    const complete = {
      ...persona,
      description: "d",
      goals: ["g"],
      jobs: ["j"],
      gains: ["g"],
      needs: "n",
      motivations: "m",
      ideals: "i",
      objections: "o",
      attractingContent: "a",
    };
    expect(unansweredFields(complete)).toEqual([]);
  });
});

describe("adoptStoredIds", () => {
  it("pairs the personas of each offering in order, and reports only the ids that changed", () => {
    const a = "00000000-0000-4000-8000-00000000000a";
    const b = "00000000-0000-4000-8000-00000000000b";
    const sent = {
      personas: [
        { id: "browser-1", offeringId: b },
        { id: "kept", offeringId: a },
        { id: "browser-2", offeringId: b },
      ],
    };
    // The server answers grouped by offering order, with its own ids for the new rows.
    const stored = {
      personas: [
        { id: "kept", offeringId: a },
        { id: "server-1", offeringId: b },
        { id: "server-2", offeringId: b },
      ],
    };
    expect(adoptStoredIds(sent, stored)).toEqual(
      new Map([
        ["browser-1", "server-1"],
        ["browser-2", "server-2"],
      ]),
    );
  });
});
