import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CoachScore } from "@/components/coach/coach-score";
import { DismissedFindings, OpenFindings } from "@/components/coach/finding-list";
import { getCoachReport } from "@/db/queries/coach";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coach"))("title") };
}

export default async function CoachPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("coach");
  // "Late" is judged against the day the page is read: the only clock read, here at the edge.
  const report = await getCoachReport({ actor: user, projectId: project.id, now: new Date() });
  return (
    <article aria-labelledby="coach-page-title" className="space-y-6">
      <header className="space-y-2">
        <h1 id="coach-page-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        {report.role === "mentor" ? <p className="max-w-3xl rounded-md bg-brand-50 p-3 text-slate-800">{t("mentor.lead")}</p> : null}
      </header>
      <CoachScore score={report.score} areas={report.areas} ruleCount={report.ruleCount} />
      <ClientMessages namespaces={["coach"]}>
        <section aria-labelledby="coach-findings-title" className="space-y-4">
          <h2 id="coach-findings-title" className="text-xl font-bold">
            {t("findingsTitle")}
          </h2>
          <OpenFindings projectId={project.id} findings={report.findings} canDismiss={report.canDismiss} />
        </section>
        {report.dismissed.length ? (
          <section aria-labelledby="coach-dismissed-title" className="space-y-4">
            <h2 id="coach-dismissed-title" className="text-xl font-bold">
              {t("dismissed.title")}
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">{t("dismissed.lead")}</p>
            <DismissedFindings projectId={project.id} findings={report.dismissed} canDismiss={report.canDismiss} />
          </section>
        ) : null}
      </ClientMessages>
    </article>
  );
}
