import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProjectListItem } from "@/db/queries/projects";
import { ProjectActions } from "./project-actions";
import { ReviewBadge } from "./review-badge";

export async function ProjectCard({ project }: { project: ProjectListItem }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const owned = project.role === "owner";
  const titleId = `project-${project.id}-title`;
  return (
    <article aria-labelledby={titleId} className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h3 id={titleId} className="text-lg font-semibold">
          <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline" prefetch={false}>
            {project.name}
          </Link>
        </h3>
        <ProjectActions
          owned={owned}
          project={{
            id: project.id,
            name: project.name,
            description: project.description,
            offeringCount: project.offeringCount,
            categoryCount: project.categoryCount,
          }}
        />
      </div>
      {project.description ? <p className="text-sm text-slate-700">{project.description}</p> : null}
      <ProjectFacts project={project} />
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

/**
 * Shared cards always say whose project it is, in what role, and where the review stands.
 * An owner already knows the first two, and sees review and comments only once a mentor or
 * teammate has said something: otherwise every solo project would read "Not reviewed".
 */
async function ProjectFacts({ project }: { project: ProjectListItem }) {
  const t = await getTranslations("dashboard");
  const shared = project.role !== "owner";
  const showReview = shared || project.reviewStatus !== "not_reviewed";
  const showThreads = shared || project.openThreads > 0;
  if (!showReview && !showThreads) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 text-sm">
      {shared ? (
        <>
          <dt className="text-slate-600">{t("role")}</dt>
          <dd className="font-medium">{t(`roles.${project.role}`)}</dd>
          <dt className="text-slate-600">{t("owner")}</dt>
          <dd className="font-medium">{project.ownerName ?? t("ownerUnknown")}</dd>
        </>
      ) : null}
      {showReview ? (
        <>
          <dt className="text-slate-600">{t("review")}</dt>
          <dd>
            <ReviewBadge status={project.reviewStatus} />
          </dd>
        </>
      ) : null}
      {showThreads ? (
        <>
          <dt className="text-slate-600">{t("openThreads")}</dt>
          <dd className="font-medium">{t("openThreadsCount", { count: project.openThreads })}</dd>
        </>
      ) : null}
    </dl>
  );
}
