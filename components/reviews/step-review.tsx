import { getFormatter, getTranslations } from "next-intl/server";
import { loadProject } from "@/lib/projects/load-project";
import { loadStepReviews } from "@/lib/projects/load-collaboration";
import { ClientMessages } from "@/components/client-messages";
import { can } from "@/lib/permissions";
import { ReviewForm } from "./review-form";

/** The mentor's verdict on this step for every member, and the form to give it for the mentor. */
export async function StepReview({ projectId, step }: { projectId: string; step: number }) {
  const { project } = await loadProject(projectId);
  const review = (await loadStepReviews(projectId)).find((r) => r.step === step);
  const t = await getTranslations("comments.review");
  const format = await getFormatter();
  let banner: string | null = null;
  if (review) {
    const values = {
      name: review.reviewerName ?? t("formerMentor"),
      date: format.dateTime(review.updatedAt, { dateStyle: "medium" }),
      note: review.note,
    };
    banner =
      review.status === "changes_requested"
        ? t("bannerChanges", values)
        : review.note
          ? t("bannerReviewedNote", values)
          : t("bannerReviewed", values);
  }
  const canReview = can(project.role, "review.set");
  if (!banner && !canReview) return null;
  return (
    <div className="space-y-3 print:hidden">
      {banner ? (
        <p
          className={`whitespace-pre-line rounded-md border-l-4 px-4 py-2 text-sm ${
            review?.status === "changes_requested"
              ? "border-amber-600 bg-amber-50 text-amber-950"
              : "border-green-700 bg-green-50 text-green-950"
          }`}
        >
          {banner}
        </p>
      ) : null}
      {canReview ? (
        <ClientMessages namespaces={["comments"]}>
          <ReviewForm projectId={project.id} step={step} initial={review ? { status: review.status, note: review.note } : undefined} />
        </ClientMessages>
      ) : null}
    </div>
  );
}
