import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PlanDownload } from "@/components/plan/plan-download";
import { PlanSections } from "@/components/plan/plan-sections";
import { ReviewBadge } from "@/components/versions/review-badge";
import { ReviewVersionForm } from "@/components/versions/review-version-form";
import { planFromSnapshot } from "@/db/queries/plan-overview";
import { getVersion, type VersionView } from "@/db/queries/plan-versions";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("versions"))("title") };
}

// Read-only like the plan page: the plan as the version saved it, laid out by the same sections.
export default async function VersionPage({ params }: { params: Promise<{ projectId: string; versionId: string }> }) {
  const { projectId, versionId } = await params;
  const { user, project } = await loadProject(projectId);
  let version: VersionView;
  try {
    version = await getVersion(user, project.id, versionId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const t = await getTranslations("versions");
  const format = await getFormatter();
  const locale = await getLocale();
  const plan = planFromSnapshot(version.snapshot, isLocale(locale) ? locale : DEFAULT_LOCALE);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const base = `/projects/${project.id}/versions`;
  const { review } = version;
  return (
    <article aria-labelledby="version-title" className="space-y-8">
      <header className="space-y-2">
        <h1 id="version-title" className="text-2xl font-bold">
          {t("version.heading", { number: version.number, name: version.name })}
        </h1>
        <p className="max-w-3xl text-slate-700">
          {t("version.lead", { date: day(version.createdAt), author: version.authorName ?? t("list.formerMember") })}
        </p>
        <nav aria-label={t("title")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
          <Link href={base} prefetch={false} className="font-medium text-brand-700 underline">
            {t("version.back")}
          </Link>
          <Link href={`${base}/compare?from=${version.id}&to=current`} prefetch={false} className="font-medium text-brand-700 underline">
            {t("version.compareWithNow")}
          </Link>
        </nav>
      </header>
      <section aria-labelledby="version-review" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="version-review" className="text-lg font-semibold">
          {t("review.current")}
        </h2>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <ReviewBadge review={review} />
          {review?.at
            ? t("review.by", {
                status: t(`review.statuses.${review.status}`),
                name: review.reviewerName ?? t("review.formerMentor"),
                date: day(review.at),
              })
            : null}
        </p>
        {review?.note ? <p className="max-w-3xl whitespace-pre-line text-sm text-slate-800">{review.note}</p> : null}
      </section>
      {can(project.role, "review.set") ? (
        <ClientMessages namespaces={["versions"]}>
          <ReviewVersionForm
            projectId={project.id}
            versionId={version.id}
            initial={review ? { status: review.status, note: review.note } : null}
          />
        </ClientMessages>
      ) : null}
      <PlanSections plan={plan} />
      <PlanDownload projectId={project.id} branding={null} versionId={version.id} />
    </article>
  );
}
