import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { ProjectCard } from "@/components/projects/project-card";
import { listProjectsForUser } from "@/db/queries/projects";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function ProjectsPage() {
  const user = await requireUser();
  const t = await getTranslations("dashboard");
  const projects = await listProjectsForUser({ actor: user });
  return (
    <ClientMessages namespaces={["dashboard"]}>
      <div className="space-y-8">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-slate-700">{t("lead")}</p>
        </div>
        <CreateProjectForm />
        <section aria-labelledby="project-list-title" className="space-y-3">
          <h2 id="project-list-title" className="sr-only">
            {t("title")}
          </h2>
          {projects.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
              <p className="font-semibold">{t("emptyTitle")}</p>
              <p className="text-sm text-slate-700">{t("emptyBody")}</p>
            </div>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {projects.map((project) => (
                <li key={project.id}>
                  <ProjectCard project={project} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
