import "server-only";
import { listStepComments } from "@/db/queries/comments";
import { listMembers } from "@/db/queries/members";
import type { Actor } from "@/db/queries/access";
import { getPlanBranding } from "@/db/queries/plan-branding";
import { getPlanOverview } from "@/db/queries/plan-overview";
import { getStepReviews } from "@/db/queries/step-reviews";
import type { Locale } from "@/lib/i18n/locales";
import { WIZARD_STEPS } from "@/lib/wizard/steps";
import type { PlanExport } from "./plan-export";

const STEPS = WIZARD_STEPS.map((s) => s.number);

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
}: {
  actor: Actor;
  projectId: string;
  locale: Locale;
  withComments: boolean;
  now: Date;
}): Promise<PlanExport> {
  // The overview first: it is the permission check that fails fast for a stranger.
  const plan = await getPlanOverview({ actor, projectId, locale });
  const [members, reviews, threads, branding] = await Promise.all([
    listMembers({ actor, projectId }),
    getStepReviews(actor, projectId),
    withComments ? Promise.all(STEPS.map((step) => listStepComments(actor, projectId, step, locale))) : null,
    getPlanBranding({ actor, projectId }),
  ]);
  return {
    locale,
    generatedAt: now,
    plan,
    members: members.map(({ name, role }) => ({ name, role })),
    reviews: plan.steps.map((step) => ({ step, review: reviews.find((r) => r.step === step.number) ?? null })),
    openComments: threads
      ? STEPS.map((step, i) => ({ step, threads: threads[i]!.filter((thread) => !thread.resolvedAt) })).filter((s) => s.threads.length)
      : null,
    branding,
  };
}
