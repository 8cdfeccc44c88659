import { linksOf } from "./links";
import { eachItem, isBlank, textKey, wholePlan, type CoachRule, type SnapshotPersona } from "./model";

// Step 4's customer profile: what each persona wants, and whether the personas tell
// different buyers apart rather than one buyer in different clothes.

const list = (items: readonly string[]) => items.map(textKey).sort().join("\u0001");

/** Everything about a persona except who they are on paper: two personas alike here differ only in demographics. */
function motivesKey(p: SnapshotPersona): string {
  return [p.goals, p.jobs, p.pains, p.gains, [p.needs], [p.motivations], [p.ideals], p.decisionRoles, [p.objections]]
    .map((part) => list(part))
    .join("\u0002");
}

const MIN_FIELDS = ["needs", "motivations", "ideals"] as const;

export const PERSONA_RULES: readonly CoachRule[] = [
  {
    id: "persona_no_pains_gains",
    area: "personas",
    weight: 3,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas, (p) =>
        p.pains.length && p.gains.length
          ? null
          : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "wants", p.pains.length ? "gains" : "pains") },
      ),
  },
  {
    id: "persona_no_jobs",
    area: "personas",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas, (p) =>
        p.jobs.length ? null : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "wants", "jobs") },
      ),
  },
  {
    id: "persona_min_incomplete",
    area: "personas",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas, (p) => {
        const blank = MIN_FIELDS.find((field) => isBlank(p[field]));
        return blank ? { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "wants", blank) } : null;
      }),
  },
  {
    id: "persona_no_objections",
    area: "personas",
    weight: 1,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas, (p) =>
        isBlank(p.objections) ? { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "decides", "objections") } : null,
      ),
  },
  {
    id: "persona_no_channels",
    area: "personas",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas, (p) =>
        p.channelIds.length ? null : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "reach", "channelIds") },
      ),
  },
  {
    id: "personas_demographic_twins",
    area: "personas",
    weight: 3,
    check: ({ snapshot }) => {
      // The first persona of each offering with a given profile; later ones repeat it.
      const first = new Map<string, SnapshotPersona>();
      return eachItem(snapshot.personas, (p) => {
        if (!p.jobs.length && !p.pains.length && !p.gains.length) return null;
        const key = `${p.offeringId}\u0003${motivesKey(p)}`;
        const twin = first.get(key);
        if (!twin) {
          first.set(key, p);
          return null;
        }
        return { subject: p.id, name: p.name, detail: twin.name, fieldHref: linksOf(snapshot).persona(p.id, "wants", "pains") };
      });
    },
  },
  {
    id: "personas_same_role",
    area: "personas",
    weight: 2,
    check: ({ snapshot }) => {
      const [, second] = snapshot.personas;
      const roles = new Set(snapshot.personas.map((p) => list(p.decisionRoles)));
      return wholePlan(
        Boolean(second),
        second && roles.size === 1
          ? { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).persona(second.id, "decides") }
          : null,
      );
    },
  },
  {
    id: "personas_same_generation",
    area: "personas",
    weight: 1,
    check: ({ snapshot }) => {
      const [first, second] = snapshot.personas;
      const generations = new Set(snapshot.personas.map((p) => textKey(p.generation)));
      const same = second && generations.size === 1 && !isBlank(first!.generation);
      return wholePlan(
        Boolean(second),
        same ? { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).persona(second.id, "who", "generation") } : null,
      );
    },
  },
  {
    id: "persona_intermediary_missing",
    area: "personas",
    weight: 2,
    check: ({ snapshot }) => {
      const served = new Set(snapshot.personas.flatMap((p) => (p.intermediaryFor ? [p.intermediaryFor] : [])));
      return eachItem(
        snapshot.personas.filter((p) => p.needsIntermediary),
        (p) =>
          served.has(p.id)
            ? null
            : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "decides", "needsIntermediary") },
      );
    },
  },
];
