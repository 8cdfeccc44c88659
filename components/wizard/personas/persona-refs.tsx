"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { PersonaCompetitor } from "@/lib/validation/personas-step";

/** What the persona editor's fields need from the rest of the step and project. */
export interface PersonaRefs {
  /** Step 2's competitors, for comparing motivations. */
  competitors: readonly PersonaCompetitor[];
  /** Adds the persona of the intermediary this persona (by form index) buys through, and opens it. */
  addIntermediary: (index: number) => void;
  /** The address of a persona's view, and the way to open it. */
  personaHref: (personaId: string) => string;
  openPersona: (personaId: string) => void;
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
