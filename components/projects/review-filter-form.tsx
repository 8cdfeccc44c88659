import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { REVIEW_FILTERS, type ReviewFilter } from "@/lib/validation/review-filter";

// A plain GET form: the filter lives in the URL, so it can be bookmarked and shared, and it
// works before (or without) any JavaScript.
export function ReviewFilterForm({ value }: { value: ReviewFilter }) {
  const t = useTranslations("dashboard");
  return (
    <form method="get" action="/projects" className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="review-filter" className="block text-sm font-medium text-slate-900">
          {t("reviewFilter")}
        </label>
        <select
          id="review-filter"
          name="review"
          defaultValue={value}
          className="block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm"
        >
          {REVIEW_FILTERS.map((filter) => (
            <option key={filter} value={filter}>
              {filter === "all" ? t("reviewFilterAll") : t(`reviewStatus.${filter}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("reviewFilterApply")}
      </button>
    </form>
  );
}
