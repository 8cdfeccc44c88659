"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { VerdictForm } from "@/components/reviews/verdict-form";
import type { ReviewStatus } from "@/db/schema";
import { reviewVersionAction } from "@/lib/actions/plan-versions";
import { versionReviewSchema, type VersionReviewInput } from "@/lib/validation/plan-versions";

/** The mentor's verdict on one saved version, worded and checked like a step review. */
export function ReviewVersionForm({
  projectId,
  versionId,
  initial,
}: {
  projectId: string;
  versionId: string;
  initial: { status: ReviewStatus; note: string } | null;
}) {
  const t = useTranslations("versions.review");
  const router = useRouter();
  return (
    <VerdictForm<VersionReviewInput>
      id="version-review-form"
      copy={{
        title: t("title"),
        lead: t("lead"),
        status: t("status"),
        statuses: { reviewed: t("statuses.reviewed"), changes_requested: t("statuses.changes_requested") },
        note: t("note"),
        noteHint: t("noteHint"),
        submit: t("submit"),
        saved: t("saved"),
      }}
      schema={versionReviewSchema}
      defaultValues={{ versionId, status: initial?.status, note: initial?.note ?? "" }}
      save={(values) => reviewVersionAction(projectId, values)}
      onSaved={() => router.refresh()}
      className="print:hidden"
    />
  );
}
