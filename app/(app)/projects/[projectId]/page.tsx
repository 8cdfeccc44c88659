import { redirect } from "next/navigation";
import { stepHref, WIZARD_STEPS } from "@/lib/wizard/steps";
import { loadProject } from "./load-project";

// The project's own address opens the first available step that is not complete yet.
export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  const available = WIZARD_STEPS.filter((s) => s.available);
  const next = available.find((s) => !project.completedSteps.includes(s.number)) ?? available[0]!;
  redirect(stepHref(project.id, next.slug));
}
