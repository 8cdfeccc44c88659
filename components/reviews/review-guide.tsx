import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { hasDismissedReviewGuide } from "@/db/queries/review-guide";
import type { SessionUser } from "@/lib/auth/session";
import { coachHref } from "@/lib/wizard/steps";
import { DismissReviewGuide } from "./dismiss-review-guide";

const POINTS = ["look", "comment", "verdict", "news"] as const;

/** A mentor's first visit to a shared project: how reviewing works here, until they close it. */
export async function ReviewGuide({ user, role, projectId }: { user: SessionUser; role: string; projectId: string }) {
  if (role !== "mentor" || (await hasDismissedReviewGuide(user))) return null;
  const t = await getTranslations("notifications.guide");
  const tCoach = await getTranslations("coach.mentor");
  return (
    <section aria-labelledby="review-guide-title" className="space-y-3 rounded-lg border border-brand-600 bg-brand-50 p-5 print:hidden">
      <h2 id="review-guide-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-800">{t("lead")}</p>
      <p className="text-sm text-slate-800">
        {tCoach("guide")}{" "}
        <Link href={coachHref(projectId)} prefetch={false} className="font-semibold text-brand-700 underline">
          {tCoach("link")}
        </Link>
      </p>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
        {POINTS.map((point) => (
          <li key={point}>{t(point)}</li>
        ))}
      </ol>
      <ClientMessages namespaces={["notifications"]}>
        <DismissReviewGuide />
      </ClientMessages>
    </section>
  );
}
