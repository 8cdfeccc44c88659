"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { JourneyStageInput } from "@/lib/validation/journey";
import type { PersonaCompetitor } from "@/lib/validation/personas-step";
import type { JourneyPlanItem } from "@/lib/wizard/journey-plan";

/** A stage of the project's journey: as stored, and as the reader sees it. */
export type PersonaStage = JourneyStageInput & { label: string };

/** What the persona editor's fields need from the rest of the step and project. */
export interface PersonaRefs {
  /** Step 2's competitors, for comparing motivations. */
  competitors: readonly PersonaCompetitor[];
  /** Adds the persona of the intermediary this persona (by form index) buys through, and opens it. */
  addIntermediary: (index: number) => void;
  /** The address of a persona's view, and the way to open it. */
  personaHref: (personaId: string) => string;
  openPersona: (personaId: string) => void;
  projectId: string;
  /** The project's journey stages in order: the columns of every persona's map. */
  stages: readonly PersonaStage[];
  /** What step 5 plans per persona and stage, with what this page added since it loaded. */
  planItems: readonly JourneyPlanItem[];
  addPlanItem: (item: JourneyPlanItem) => void;
  /** The address of step 5. */
  integrationHref: string;
}

const Context = createContext<PersonaRefs | undefined>(undefined);

export function PersonaRefsProvider({ value, children }: { value: PersonaRefs; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function usePersonaRefs(): PersonaRefs {
  const refs = useContext(Context);
  if (!refs) throw new Error("usePersonaRefs outside PersonaRefsProvider");
  return refs;
}
