import { linksOf } from "./links";
import { eachItem, isBlank, wholePlan, type CoachRule } from "./model";

// Steps 1 to 3: what is sold, who else sells it, and the target's profile.

export const MARKET_RULES: readonly CoachRule[] = [
  {
    id: "offerings_none",
    area: "offerings",
    weight: 3,
    check: ({ snapshot }) =>
      wholePlan(
        true,
        snapshot.offerings.length ? null : { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).offering(0, "name") },
      ),
  },
  {
    id: "offering_no_objective",
    area: "offerings",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(snapshot.offerings, (o, i) =>
        isBlank(o.objective) ? { subject: o.id, name: o.name, fieldHref: linksOf(snapshot).offering(i, "objective") } : null,
      ),
  },
  {
    id: "offering_no_audience",
    area: "offerings",
    weight: 1,
    check: ({ snapshot }) =>
      eachItem(snapshot.offerings, (o, i) =>
        isBlank(o.audience) ? { subject: o.id, name: o.name, fieldHref: linksOf(snapshot).offering(i, "audience") } : null,
      ),
  },
  {
    id: "offering_no_persona",
    area: "offerings",
    weight: 3,
    check: ({ snapshot }) => {
      const withPersona = new Set(snapshot.personas.map((p) => p.offeringId));
      return eachItem(snapshot.offerings, (o) =>
        withPersona.has(o.id) ? null : { subject: o.id, name: o.name, fieldHref: linksOf(snapshot).offeringPersonas(o.id) },
      );
    },
  },
  {
    id: "competitors_none",
    area: "competitors",
    weight: 2,
    check: ({ snapshot }) =>
      wholePlan(
        snapshot.offerings.length > 0,
        snapshot.competitors.length ? null : { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).competitors() },
      ),
  },
  {
    id: "competitor_no_channels",
    area: "competitors",
    weight: 1,
    check: ({ snapshot }) =>
      eachItem(snapshot.competitors, (c, i) =>
        isBlank(c.channels) ? { subject: c.id, name: c.name, fieldHref: linksOf(snapshot).competitor(i, "channels") } : null,
      ),
  },
  {
    id: "digital_profile_thin",
    area: "target",
    weight: 2,
    check: ({ snapshot }) => {
      const profile = snapshot.digitalProfile;
      const thin = !profile || profile.keywords.length === 0 || isBlank(profile.painPoints);
      const field = profile?.keywords.length ? "digitalProfile-painPoints" : "digitalProfile-keywords";
      return wholePlan(
        snapshot.offerings.length > 0,
        thin ? { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).competitors(field) } : null,
      );
    },
  },
  {
    id: "target_demographics_only",
    area: "target",
    weight: 2,
    check: ({ snapshot }) => {
      const profile = snapshot.targetProfile;
      return wholePlan(
        snapshot.offerings.length > 0,
        !profile || isBlank(profile.valuesAndCustoms)
          ? { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).demographics("valuesAndCustoms") }
          : null,
      );
    },
  },
];
