"use client";

import { useTranslations } from "next-intl";
import type { ReviewStatus } from "@/db/schema";
import { setStepReviewAction } from "@/lib/actions/step-reviews";
import { stepReviewSchema, type StepReviewInput } from "@/lib/validation/step-reviews";
import { VerdictForm } from "./verdict-form";

/** The mentor's "Review this step": a status and a note, required when asking for changes. */
export function ReviewForm({
  projectId,
  step,
  initial,
}: {
  projectId: string;
  step: number;
  initial?: { status: ReviewStatus; note: string };
}) {
  const t = useTranslations("comments.review");
  return (
    <VerdictForm<StepReviewInput>
      id={`review-${step}`}
      copy={{
        title: t("formTitle"),
        status: t("status"),
        statuses: { reviewed: t("statuses.reviewed"), changes_requested: t("statuses.changes_requested") },
        note: t("note"),
        noteHint: t("noteHint"),
        submit: t("save"),
        saved: t("saved"),
      }}
      schema={stepReviewSchema}
      defaultValues={{ step, status: initial?.status, note: initial?.note ?? "" }}
      save={(values) => setStepReviewAction(projectId, values)}
    />
  );
}
