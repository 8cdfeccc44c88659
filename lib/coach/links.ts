import type { PersonaSectionSlug } from "@/components/wizard/personas/persona-sections";
import { stepHref } from "@/lib/wizard/steps";
import type { PlanSnapshot } from "@/db/queries/plan-overview";

// Where each finding is fixed: the step page, and the field's id there, so "Fix it" lands on
// the field. Step forms name their fields `<list>-<index>-<field>` in the order the step page
// lists its rows, which is the snapshot's order (position, then id); step 4 lists personas
// offering by offering, and opens one persona's section through its address.

export interface CoachLinks {
  offering(index: number, field: string): string;
  competitor(index: number, field: string): string;
  competitors(anchor?: string): string;
  demographics(field: string): string;
  /** The personas list at an offering's section (where "add a persona" is). */
  offeringPersonas(offeringId: string): string;
  persona(personaId: string, section: PersonaSectionSlug, field?: string): string;
  contentIdea(id: string): string;
  socialPlan(id: string): string;
  campaign(id: string): string;
  integration(anchor?: string): string;
  customers(): string;
}

const withAnchor = (href: string, anchor?: string) => (anchor ? `${href}#${anchor}` : href);

export function coachLinks(snapshot: PlanSnapshot): CoachLinks {
  const id = snapshot.project.id;
  const offeringOrder = new Map(snapshot.offerings.map((o, i) => [o.id, i]));
  const personaIndex = new Map(
    snapshot.personas
      .map((p, order) => ({ p, order }))
      .sort((a, b) => (offeringOrder.get(a.p.offeringId) ?? 0) - (offeringOrder.get(b.p.offeringId) ?? 0) || a.order - b.order)
      .map(({ p }, index) => [p.id, index]),
  );
  return {
    offering: (index, field) => withAnchor(stepHref(id, "offerings"), `offerings-${index}-${field}`),
    competitor: (index, field) => withAnchor(stepHref(id, "competitors"), `competitors-${index}-${field}`),
    competitors: (anchor) => withAnchor(stepHref(id, "competitors"), anchor),
    demographics: (field) => withAnchor(stepHref(id, "demographics"), `demographics-${field}`),
    offeringPersonas: (offeringId) => withAnchor(stepHref(id, "personas"), `offering-${offeringId}`),
    persona: (personaId, section, field) => {
      const query = `?persona=${encodeURIComponent(personaId)}${section === "who" ? "" : `&section=${section}`}`;
      const index = personaIndex.get(personaId);
      return withAnchor(`${stepHref(id, "personas")}${query}`, field && index !== undefined ? `personas-${index}-${field}` : undefined);
    },
    contentIdea: (ideaId) => withAnchor(stepHref(id, "integration"), `content-idea-${ideaId}`),
    socialPlan: (planId) => withAnchor(stepHref(id, "integration"), `social-plan-${planId}`),
    campaign: (campaignId) => withAnchor(stepHref(id, "integration"), `campaign-${campaignId}`),
    integration: (anchor) => withAnchor(stepHref(id, "integration"), anchor),
    customers: () => `/projects/${id}/customers`,
  };
}

const cached = new WeakMap<PlanSnapshot, CoachLinks>();

/** The links of a plan, worked out once however many rules ask. */
export function linksOf(snapshot: PlanSnapshot): CoachLinks {
  let links = cached.get(snapshot);
  if (!links) cached.set(snapshot, (links = coachLinks(snapshot)));
  return links;
}
