import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { ensureExampleProject } from "@/db/queries/example-project";
import { getProject } from "@/db/queries/projects";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { exampleProjectLocale } from "./example-project-ids";

// The layout and the step page both need the project; cache() makes that one query per
// request. Strangers and missing projects both end in notFound().
export const loadProject = cache(async (projectId: string) => {
  const user = await requireUser();
  // The example is made the first time anyone opens it, so no build or deploy step has to.
  const exampleLocale = exampleProjectLocale(projectId);
  if (exampleLocale) await ensureExampleProject(await getDb(), exampleLocale);
  try {
    return { user, project: await getProject({ actor: user, projectId }) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
});
