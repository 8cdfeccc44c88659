import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getProject } from "@/db/queries/projects";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

// The layout and the step page both need the project; cache() makes that one query per
// request. Strangers and missing projects both end in notFound().
export const loadProject = cache(async (projectId: string) => {
  const user = await requireUser();
  try {
    return { user, project: await getProject({ actor: user, projectId }) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
});
