import { getTranslations } from "next-intl/server";
import type { VersionSummary } from "@/db/queries/plan-versions";

const TONES = {
  reviewed: "border-green-300 bg-green-50 text-green-900",
  changes_requested: "border-amber-300 bg-amber-50 text-amber-900",
  none: "border-slate-300 bg-slate-50 text-slate-700",
} as const;

/** A version's review status in words, the colour only repeating what the words say. */
export async function ReviewBadge({ review }: { review: VersionSummary["review"] }) {
  const t = await getTranslations("versions.review");
  const key = review?.status ?? "none";
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[key]}`}>
      {review ? t(`statuses.${review.status}`) : t("none")}
    </span>
  );
}
