import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { stepByNumber, stepHref } from "@/lib/wizard/steps";

/** "3 new comments" in the project header, leading to the first step that has some. */
export async function NewCommentsBadge({ projectId, count, firstStep }: { projectId: string; count: number; firstStep: number | null }) {
  const step = firstStep === null ? undefined : stepByNumber(firstStep);
  if (!count || !step) return null;
  const t = await getTranslations("comments");
  return (
    <Link
      href={`${stepHref(projectId, step.slug)}#comments`}
      prefetch={false}
      className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-950 underline print:hidden"
    >
      {t("newBadge", { count })}
    </Link>
  );
}
