import { getFormatter, getTranslations } from "next-intl/server";
import type { StepReviewView } from "@/db/queries/step-reviews";
import { loadProject } from "@/lib/projects/load-project";
import { loadStepReviews } from "@/lib/projects/load-collaboration";
import { ClientMessages } from "@/components/client-messages";
import { can } from "@/lib/permissions";
import { reviewState, type ReviewState } from "@/lib/reviews/review-state";
import { ReadyForm } from "./ready-form";
import { ReviewForm } from "./review-form";

const BANNER_LOOK: Record<Exclude<ReviewState, "none">, string> = {
  changes_requested: "border-amber-600 bg-amber-50 text-amber-950",
  ready_again: "border-brand-700 bg-brand-50 text-slate-900",
  reviewed: "border-green-700 bg-green-50 text-green-950",
};

async function bannerText(review: StepReviewView): Promise<string[]> {
  const t = await getTranslations("comments.review");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const verdict = { name: review.reviewerName ?? t("formerMentor"), date: date(review.updatedAt), note: review.note };
  if (review.status === "reviewed") return [review.note ? t("bannerReviewedNote", verdict) : t("bannerReviewed", verdict)];
  const lines = [t("bannerChanges", verdict)];
  if (review.ready) {
    const ready = { name: review.ready.byName ?? t("formerMember"), date: date(review.ready.at), note: review.ready.note };
    lines.push(review.ready.note ? t("bannerReadyNote", ready) : t("bannerReady", ready));
  }
  return lines;
}

/**
 * The mentor's verdict on this step for every member, the form to give it for the mentor,
 * and "done, please look again" for those who edit while changes are requested.
 */
export async function StepReview({ projectId, step }: { projectId: string; step: number }) {
  const { project } = await loadProject(projectId);
  const review = (await loadStepReviews(projectId)).find((r) => r.step === step);
  const state = reviewState(review);
  const canReview = can(project.role, "review.set");
  const canMarkReady = can(project.role, "review.ready") && review?.status === "changes_requested";
  if (state === "none" && !canReview) return null;
  const lines = review ? await bannerText(review) : [];
  return (
    <div className="space-y-3 print:hidden">
      {state !== "none" ? (
        <div className={`space-y-1 rounded-md border-l-4 px-4 py-2 text-sm ${BANNER_LOOK[state]}`}>
          {lines.map((line) => (
            <p key={line} className="whitespace-pre-line">
              {line}
            </p>
          ))}
        </div>
      ) : null}
      {canReview || canMarkReady ? (
        <ClientMessages namespaces={["comments"]}>
          {canReview ? (
            <ReviewForm projectId={project.id} step={step} initial={review ? { status: review.status, note: review.note } : undefined} />
          ) : (
            <ReadyForm projectId={project.id} step={step} alreadyReady={Boolean(review?.ready)} />
          )}
        </ClientMessages>
      ) : null}
    </div>
  );
}
