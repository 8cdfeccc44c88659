import type { CommentThread } from "@/db/queries/comments";
import type { PlanBranding } from "@/db/queries/plan-branding";
import type { PlanOverview, StepStatus } from "@/db/queries/plan-overview-model";
import type { StepReviewView } from "@/db/queries/step-reviews";
import type { Locale } from "@/lib/i18n/locales";
import type { MemberRole } from "@/db/schema";

/**
 * Everything a downloaded plan holds, read once and handed to each format's writer
 * (PDF, DOCX, Markdown, CSV), so the formats cannot disagree about what the plan says.
 * User text in here is raw: each writer escapes it for its own format.
 */
export interface PlanExport {
  locale: Locale;
  generatedAt: Date;
  /** The saved version this plan is (then dated when it was saved); null for the plan as it is now. */
  version?: { number: number; name: string } | null;
  plan: PlanOverview;
  members: { name: string; role: MemberRole }[];
  /** Every step with its mentor's review, or null while it has none, in step order. */
  reviews: { step: StepStatus; review: StepReviewView | null }[];
  /** Open threads per step for the appendix; null when the reader did not ask for it. */
  openComments: { step: number; threads: CommentThread[] }[] | null;
  /** The PDF cover's logo and accent colour, as the project's editors set them. */
  branding: PlanBranding;
}

export const EXPORT_FORMATS = ["pdf", "docx", "md", "content-csv", "campaigns-csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  "content-csv": "text/csv; charset=utf-8",
  "campaigns-csv": "text/csv; charset=utf-8",
};
