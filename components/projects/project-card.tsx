import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProjectListItem } from "@/db/queries/projects";
import { ProjectActions } from "./project-actions";

export async function ProjectCard({ project }: { project: ProjectListItem }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  return (
    <article className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-lg font-semibold">
          <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline" prefetch={false}>
            {project.name}
          </Link>
        </h3>
        {project.role === "owner" ? (
          <ProjectActions
            project={{
              id: project.id,
              name: project.name,
              description: project.description,
              offeringCount: project.offeringCount,
              categoryCount: project.categoryCount,
            }}
          />
        ) : null}
      </div>
      {project.description ? <p className="text-sm text-slate-700">{project.description}</p> : null}
      <div className="mt-auto space-y-2">
        <div
          role="progressbar"
          aria-label={t("progress", { done: project.completedSteps })}
          aria-valuemin={0}
          aria-valuemax={5}
          aria-valuenow={project.completedSteps}
          className="h-2 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600" style={{ width: `${(project.completedSteps / 5) * 100}%` }} />
        </div>
        <p className="flex justify-between text-xs text-slate-600">
          <span>{t("progress", { done: project.completedSteps })}</span>
          <span>{t("updated", { date: format.dateTime(project.updatedAt, { dateStyle: "medium" }) })}</span>
        </p>
      </div>
    </article>
  );
}
