"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_PROJECT_KIND, type ProjectKind } from "@/lib/projects/kinds";

const ProjectKindContext = createContext<ProjectKind>(DEFAULT_PROJECT_KIND);

/** Set once by the project's layout, so every field of every step reads the same kind. */
export function ProjectKindProvider({ kind, children }: { kind: ProjectKind; children: ReactNode }) {
  return <ProjectKindContext.Provider value={kind}>{children}</ProjectKindContext.Provider>;
}

export function useProjectKind(): ProjectKind {
  return useContext(ProjectKindContext);
}
