import { redirect } from "next/navigation";
import { coachHref, planHref, stepHref, WIZARD_STEPS } from "@/lib/wizard/steps";
import { loadProject } from "@/lib/projects/load-project";

// The project's own address resumes at the first step that is not complete yet;
// once every step is complete, the plan overview is what the owner comes back for. A mentor
// comes to review, and the review starts from the coach's findings (issue 17).
export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  if (project.role === "mentor") redirect(coachHref(project.id));
  const next = WIZARD_STEPS.find((s) => !project.completedSteps.includes(s.number));
  redirect(next ? stepHref(project.id, next.slug) : planHref(project.id));
}
