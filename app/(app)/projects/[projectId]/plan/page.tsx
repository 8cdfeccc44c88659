import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanDownload } from "@/components/plan/plan-download";
import { PlanProgress } from "@/components/plan/plan-progress";
import { PAGE_SECTIONS, PlanSections } from "@/components/plan/plan-sections";
import { getPlanBranding } from "@/db/queries/plan-branding";
import { getPlanOverview } from "@/db/queries/plan-overview";
import { can } from "@/lib/permissions";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("title") };
}

/** The table of contents: progress first, then the steps' sections in step order, then the downloads. */
const SECTIONS = ["progress", ...PAGE_SECTIONS.map((s) => s.id), "download"] as const;

// Read-only and rendered on the server only: the page ships no client component of its own
// (downloading is a GET form; only its button is a client component).
export default async function PlanPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("plan");
  const tVersions = await getTranslations("versions");
  const locale = await getLocale();
  const plan = await getPlanOverview({ actor: user, projectId: project.id, locale: isLocale(locale) ? locale : DEFAULT_LOCALE });
  // Only those who may edit the project brand its PDF; the action checks it again.
  const stored = can(project.role, "step.edit") ? await getPlanBranding({ actor: user, projectId: project.id }) : null;
  const branding = stored && { accentColor: stored.accentColor ?? "", hasLogo: stored.logo !== null };
  return (
    <article aria-labelledby="plan-title" className="space-y-8">
      <header className="space-y-2">
        <h1 id="plan-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p className="max-w-3xl text-sm text-slate-600 print:hidden">{t("printHint")}</p>
        <p className="max-w-3xl text-sm print:hidden">
          {tVersions("planHint")}{" "}
          <Link href={`/projects/${project.id}/versions`} prefetch={false} className="font-medium text-brand-700 underline">
            {tVersions("navLink")}
          </Link>
        </p>
      </header>
      <nav aria-label={t("toc.label")} className="print:hidden">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="font-medium text-brand-700 underline">
                {t(`toc.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PlanProgress projectId={project.id} steps={plan.steps} />
      <PlanSections plan={plan} />
      <PlanDownload projectId={project.id} branding={branding} />
    </article>
  );
}
