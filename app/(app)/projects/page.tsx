import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { ProjectCard } from "@/components/projects/project-card";
import { ReviewFilterForm } from "@/components/projects/review-filter-form";
import { listProjectsForUser, type ProjectListItem } from "@/db/queries/projects";
import { requireUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { EXAMPLE_PROJECT_IDS } from "@/lib/projects/example-project-ids";
import { matchesReviewFilter, parseDashboardSearch } from "@/lib/validation/review-filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const t = await getTranslations("dashboard");
  const tExample = await getTranslations("example");
  const locale = await getLocale();
  // The example in the reader's language; it is created the first time someone opens it.
  const exampleHref = `/projects/${EXAMPLE_PROJECT_IDS[isLocale(locale) ? locale : DEFAULT_LOCALE]}`;
  const { review } = parseDashboardSearch(await searchParams);
  const projects = await listProjectsForUser({ actor: user });
  const owned = projects.filter((p) => p.role === "owner");
  const shared = projects.filter((p) => p.role !== "owner");
  const shownShared = shared.filter((p) => matchesReviewFilter(p.reviewStatus, review));
  return (
    <ClientMessages namespaces={["dashboard", "projectKind"]}>
      <div className="space-y-8">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        <CreateProjectForm />
        <DashboardSection id="owned-projects" title={t("ownedTitle")}>
          {owned.length === 0 ? (
            <EmptyState title={t("emptyTitle")} body={t("emptyBody")}>
              <div className="mt-4 space-y-2 border-t border-slate-200 pt-4">
                <p className="font-semibold">{tExample("offerTitle")}</p>
                <p className="text-sm text-slate-700">{tExample("offerBody")}</p>
                <Link
                  href={exampleHref}
                  prefetch={false}
                  className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  {tExample("open")}
                </Link>
              </div>
            </EmptyState>
          ) : (
            <>
              <ProjectGrid projects={owned} />
              <Link href={exampleHref} prefetch={false} className="inline-block text-sm font-medium text-brand-700 underline">
                {tExample("openSmall")}
              </Link>
            </>
          )}
        </DashboardSection>
        <DashboardSection id="shared-projects" title={t("sharedTitle")}>
          {shared.length === 0 ? (
            <EmptyState title={t("sharedEmptyTitle")} body={t("sharedEmptyBody")} />
          ) : (
            <>
              <ReviewFilterForm value={review} />
              {review === "all" ? null : (
                <p className="text-sm text-slate-700">{t("reviewFilterSummary", { shown: shownShared.length, total: shared.length })}</p>
              )}
              {shownShared.length === 0 ? (
                <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm">
                  <p>{t("reviewFilterNoMatch", { status: t(`reviewStatus.${review as Exclude<typeof review, "all">}`) })}</p>
                  <Link href="/projects" className="font-semibold text-brand-700 underline">
                    {t("reviewFilterClear")}
                  </Link>
                </div>
              ) : (
                <ProjectGrid projects={shownShared} />
              )}
            </>
          )}
        </DashboardSection>
      </div>
    </ClientMessages>
  );
}

function DashboardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
      <p className="font-semibold">{title}</p>
      <p className="text-sm text-slate-700">{body}</p>
      {children}
    </div>
  );
}

function ProjectGrid({ projects }: { projects: ProjectListItem[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {projects.map((project) => (
        <li key={project.id}>
          <ProjectCard project={project} />
        </li>
      ))}
    </ul>
  );
}
