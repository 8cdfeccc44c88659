import { isValidated, openPlanItems } from "@/lib/wizard/persona-validation";
import { linksOf } from "./links";
import { eachItem, wholePlan, type CoachRule } from "./model";

// Issue 16's side of the method: a persona is a hypothesis until evidence backs it, and the
// customers the business already has say which groups deserve one.

/** A segment the owner rates this high (of 5) is worth a persona of its own. */
export const HIGH_POTENTIAL = 4;

export const VALIDATION_RULES: readonly CoachRule[] = [
  {
    id: "personas_never_validated",
    area: "validation",
    weight: 3,
    check: ({ snapshot }) => {
      const [first] = snapshot.personas;
      return wholePlan(
        Boolean(first),
        first && !snapshot.personas.some((p) => isValidated(p.validation))
          ? { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).persona(first.id, "evidence") }
          : null,
      );
    },
  },
  {
    id: "persona_no_validation_plan",
    area: "validation",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(
        snapshot.personas.filter((p) => !isValidated(p.validation)),
        (p) =>
          openPlanItems(p.validation).length
            ? null
            : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "evidence") },
      ),
  },
  {
    id: "validation_overdue",
    area: "validation",
    weight: 1,
    check: ({ snapshot, today }) =>
      eachItem(
        snapshot.personas.filter((p) => openPlanItems(p.validation).some((item) => item.due)),
        (p) => {
          const late = openPlanItems(p.validation).filter((item) => item.due && item.due < today);
          return late.length
            ? {
                subject: p.id,
                name: p.name,
                detail: late.map((item) => item.what).join(", "),
                fieldHref: linksOf(snapshot).persona(p.id, "evidence"),
              }
            : null;
        },
      ),
  },
  {
    id: "segment_no_persona",
    area: "validation",
    weight: 2,
    check: ({ snapshot, segmentValues }) => {
      const drafted = new Set(snapshot.personas.flatMap((p) => (p.fromData ? [p.fromData.segment as string] : [])));
      return eachItem(
        segmentValues.filter((s) => (s.potential ?? 0) >= HIGH_POTENTIAL),
        (s) =>
          drafted.has(s.segment)
            ? null
            : { subject: `segment:${s.segment}`, name: { kind: "segment", value: s.segment }, fieldHref: linksOf(snapshot).customers() },
      );
    },
  },
];
