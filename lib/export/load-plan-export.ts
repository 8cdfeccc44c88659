import "server-only";
import { listStepComments } from "@/db/queries/comments";
import { listMembers } from "@/db/queries/members";
import type { Actor } from "@/db/queries/access";
import { getPlanBranding } from "@/db/queries/plan-branding";
import { getPlanOverview, planFromSnapshot } from "@/db/queries/plan-overview";
import { getVersion } from "@/db/queries/plan-versions";
import { getStepReviews } from "@/db/queries/step-reviews";
import type { Locale } from "@/lib/i18n/locales";
import { WIZARD_STEPS } from "@/lib/wizard/steps";
import type { PlanExport } from "./plan-export";

const STEPS = WIZARD_STEPS.map((s) => s.number);

/** Where the plan comes from: the project as it is now, or one of its saved versions. */
export type PlanSource = "current" | { versionId: string };

/**
 * A saved version is the plan as it was, dated when it was saved. The step reviews and the
 * comments are about the plan now, not about what the version froze, so it carries neither.
 */
async function readPlan(actor: Actor, projectId: string, locale: Locale, source: PlanSource) {
  if (source === "current") return { plan: await getPlanOverview({ actor, projectId, locale }), version: null };
  const { snapshot, number, name, createdAt } = await getVersion(actor, projectId, source.versionId);
  return { plan: planFromSnapshot(snapshot, locale), version: { number, name, savedAt: createdAt } };
}

/**
 * Reads a plan for download, grouped and sorted for the reader's language. Each read checks
 * the actor's membership in the data-access layer, so a stranger gets not_found here as
 * everywhere else. `now` is when the document says it was prepared: the route passes the
 * clock, tests a fixed instant.
 */
export async function loadPlanExport({
  actor,
  projectId,
  locale,
  withComments,
  now,
  source = "current",
}: {
  actor: Actor;
  projectId: string;
  locale: Locale;
  withComments: boolean;
  now: Date;
  source?: PlanSource;
}): Promise<PlanExport> {
  // The plan first: it is the permission check that fails fast for a stranger.
  const { plan, version } = await readPlan(actor, projectId, locale, source);
  const [members, reviews, threads, branding] = await Promise.all([
    listMembers({ actor, projectId }),
    version ? [] : getStepReviews(actor, projectId),
    withComments && !version ? Promise.all(STEPS.map((step) => listStepComments(actor, projectId, step, locale))) : null,
    getPlanBranding({ actor, projectId }),
  ]);
  return {
    locale,
    generatedAt: version?.savedAt ?? now,
    version: version && { number: version.number, name: version.name },
    plan,
    members: members.map(({ name, role }) => ({ name, role })),
    reviews: plan.steps.map((step) => ({ step, review: reviews.find((r) => r.step === step.number) ?? null })),
    openComments: threads
      ? STEPS.map((step, i) => ({ step, threads: threads[i]!.filter((thread) => !thread.resolvedAt) })).filter((s) => s.threads.length)
      : null,
    branding,
  };
}
