import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReviewBadge } from "@/components/versions/review-badge";
import { SaveVersionForm } from "@/components/versions/save-version-form";
import { listVersions } from "@/db/queries/plan-versions";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("versions"))("title") };
}

export default async function VersionsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("versions");
  const format = await getFormatter();
  const versions = await listVersions(user, project.id);
  const canSave = can(project.role, "versions.save");
  const base = `/projects/${project.id}/versions`;
  return (
    <article aria-labelledby="versions-title" className="space-y-8">
      <header className="space-y-2">
        <h1 id="versions-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      </header>
      {canSave ? (
        <ClientMessages namespaces={["versions"]}>
          <SaveVersionForm projectId={project.id} />
        </ClientMessages>
      ) : null}
      {versions.length === 0 ? (
        <section aria-labelledby="versions-empty" className="rounded-lg border border-dashed border-slate-300 bg-white p-5">
          <h2 id="versions-empty" className="text-lg font-semibold">
            {t("empty.title")}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{canSave ? t("empty.body") : t("empty.mentor")}</p>
        </section>
      ) : (
        <section aria-labelledby="versions-list" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="versions-list" className="text-lg font-semibold">
              {t("list.title")}
            </h2>
            <Link href={`${base}/compare`} prefetch={false} className="font-semibold text-brand-700 underline">
              {t("list.compare")}
            </Link>
          </div>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("list.caption")}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("list.number")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("list.name")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("list.author")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("list.date")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("list.review")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version) => (
                  <tr key={version.id} className="border-t border-slate-200">
                    <td className="px-3 py-2 tabular-nums">{version.number}</td>
                    <th scope="row" className="px-3 py-2 font-normal">
                      <Link href={`${base}/${version.id}`} prefetch={false} className="font-semibold text-brand-700 underline">
                        {version.name}
                      </Link>
                    </th>
                    <td className="px-3 py-2">{version.authorName ?? t("list.formerMember")}</td>
                    <td className="px-3 py-2">{format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td className="px-3 py-2">
                      <ReviewBadge review={version.review} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </article>
  );
}
