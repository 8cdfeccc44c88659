import { useTranslations } from "next-intl";
import type { OverallReviewStatus } from "@/lib/reviews/overall-status";

// Each status has its own mark as well as its own colour, and always its words: colour
// alone says nothing to colour-blind readers or on a black-and-white printout.
const LOOK: Record<OverallReviewStatus, { mark: string; className: string }> = {
  changes_requested: { mark: "!", className: "border-amber-700 bg-amber-50 text-amber-900" },
  in_review: { mark: "…", className: "border-sky-700 bg-sky-50 text-sky-900" },
  reviewed: { mark: "✓", className: "border-green-700 bg-green-50 text-green-900" },
  not_reviewed: { mark: "○", className: "border-slate-400 bg-white text-slate-700" },
};

export function ReviewBadge({ status }: { status: OverallReviewStatus }) {
  const t = useTranslations("dashboard");
  const { mark, className } = LOOK[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${className}`}>
      <span aria-hidden="true">{mark}</span>
      {t(`reviewStatus.${status}`)}
    </span>
  );
}
