import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { NewCommentsBadge } from "@/components/comments/new-comments-badge";
import { ExampleBanner } from "@/components/projects/example-banner";
import { ReviewGuide } from "@/components/reviews/review-guide";
import { ProjectKindControl } from "@/components/projects/project-kind-control";
import { MissingSummary } from "@/components/wizard/missing-summary";
import { ProjectKindProvider } from "@/components/wizard/project-kind";
import { Stepper } from "@/components/wizard/stepper";
import { StepperCompact } from "@/components/wizard/stepper-compact";
import { can } from "@/lib/permissions";
import { missingMessageKey } from "@/lib/wizard/missing";
import { coachHref, planHref, WIZARD_STEPS } from "@/lib/wizard/steps";
import { loadCommentCounts, loadStepReviews } from "@/lib/projects/load-collaboration";
import { loadProject } from "@/lib/projects/load-project";
import { reviewState } from "@/lib/reviews/review-state";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const [reviews, { openByStep, unseen }] = await Promise.all([loadStepReviews(project.id), loadCommentCounts(project.id)]);
  const tComments = await getTranslations("comments");
  const t = await getTranslations("wizard");
  const tMembers = await getTranslations("members");
  const tCustomers = await getTranslations("customers");
  const tCoach = await getTranslations("coach");
  const tVersions = await getTranslations("versions");
  const tAll = await getTranslations();
  // Open threads and a "reviewed" verdict, shown under each step's completion; a request for
  // changes (answered or not) takes the completion's place instead, so a step never shows both.
  const stepReview = (number: number) => reviewState(reviews.find((r) => r.step === number));
  const stepNotes = (number: number): string[] => {
    const open = openByStep.get(number) ?? 0;
    return [
      ...(open ? [tComments("stepperOpen", { count: open })] : []),
      ...(stepReview(number) === "reviewed" ? [tComments("review.stepperReviewed")] : []),
    ];
  };
  const reviewStatus = { changes_requested: tComments("review.stepperChanges"), ready_again: tComments("review.stepperReady") };
  const steps = WIZARD_STEPS.map((step) => {
    const stored = project.missingByStep.get(step.number);
    // Each step's messages live under its slug: <slug>.missing.<code>.
    const items = stored
      ? stored.map((item) => {
          const key = missingMessageKey(step.slug, item);
          return tAll.has(key) ? tAll(key, { name: item.name ?? "" }) : t("incompleteFallback");
        })
      : [t("notStarted")];
    const complete = project.completedSteps.includes(step.number);
    const review = stepReview(step.number);
    return {
      slug: step.slug,
      number: step.number,
      label: t(`steps.${step.slug}`),
      position: t("stepperPosition", { number: step.number, total: WIZARD_STEPS.length, label: t(`steps.${step.slug}`) }),
      complete,
      missing: items,
      notes: stepNotes(step.number),
      review,
      status:
        review === "changes_requested" || review === "ready_again"
          ? reviewStatus[review]
          : complete
            ? t("statusComplete")
            : stored?.length
              ? t("missingCount", { count: stored.length })
              : t("statusIncomplete"),
    };
  });
  const missingCount = steps.reduce((sum, s) => sum + (s.complete ? 0 : s.missing.length), 0);
  const progress = t("stepperProgress", { done: steps.filter((s) => s.complete).length, total: steps.length });
  // On a phone the project's name, its links and the stepper fit in about 100 px: the name is
  // cut to one line, the description waits for a wider screen, and the stepper folds.
  return (
    <div className="space-y-3 sm:space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 sm:items-end">
        <div className="min-w-0 flex-1">
          <p className="hidden text-sm font-medium text-slate-600 sm:block">{project.description}</p>
          <p className="truncate text-lg font-bold sm:text-2xl">{project.name}</p>
          <ClientMessages namespaces={["projectKind"]}>
            <ProjectKindControl projectId={project.id} kind={project.kind} canChange={can(project.role, "step.edit")} on="wide" />
          </ClientMessages>
        </div>
        <NewCommentsBadge projectId={project.id} count={unseen.count} firstStep={unseen.firstStep} />
        <nav aria-label={t("projectNav")} className="flex gap-3 text-sm sm:gap-4 sm:text-base print:hidden">
          {/* Five links fit one line of a phone only with the plan's link said in one word; its
              name stays the full one, which contains the word shown. */}
          <Link href={planHref(project.id)} prefetch={false} aria-label={t("planLink")} className="font-semibold text-brand-700 underline">
            <span className="sm:hidden">{t("planLinkShort")}</span>
            <span className="hidden sm:inline">{t("planLink")}</span>
          </Link>
          <Link href={coachHref(project.id)} prefetch={false} className="font-semibold text-brand-700 underline">
            {tCoach("navLink")}
          </Link>
          {/* The example has no team and no customers: those pages would only be empty. */}
          {project.role === "viewer" ? null : (
            <>
              <Link href={`/projects/${project.id}/versions`} prefetch={false} className="font-semibold text-brand-700 underline">
                {tVersions("navLink")}
              </Link>
              <Link href={`/projects/${project.id}/members`} prefetch={false} className="font-semibold text-brand-700 underline">
                {tMembers("title")}
              </Link>
              <Link href={`/projects/${project.id}/customers`} prefetch={false} className="font-semibold text-brand-700 underline">
                {tCustomers("navLink")}
              </Link>
            </>
          )}
        </nav>
      </div>
      {project.role === "viewer" ? (
        <ClientMessages namespaces={["example", "dashboard"]}>
          <ExampleBanner project={{ id: project.id, name: project.name }} />
        </ClientMessages>
      ) : null}
      <ReviewGuide user={user} role={project.role} projectId={project.id} />
      <StepperCompact projectId={project.id} steps={steps} labels={{ nav: t("stepperLabel"), overview: t("stepperOverview"), progress }} />
      <div className="hidden space-y-6 sm:block">
        <Stepper
          projectId={project.id}
          steps={steps}
          labels={{
            nav: t("stepperLabel"),
          }}
        />
        <MissingSummary
          projectId={project.id}
          title={t("missingTitle", { count: missingCount })}
          steps={steps.map((s) => ({ slug: s.slug, label: s.label, items: s.complete ? [] : s.missing }))}
        />
      </div>
      <ProjectKindProvider kind={project.kind}>{children}</ProjectKindProvider>
    </div>
  );
}
