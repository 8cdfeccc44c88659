"use client";

import { useWatch } from "react-hook-form";
import { FitCanvas } from "@/components/fit/fit-canvas";
import type { PersonaInput, PersonasStepInput } from "@/lib/validation/personas-step";
import { VALUE_KINDS } from "@/lib/validation/value-map";
import { personaFit } from "@/lib/wizard/fit";
import { PersonaSection } from "./persona-field-kit";
import { usePersonaFieldKit } from "./persona-field-kit";
import { PersonaImportanceField } from "./persona-importance-field";
import { PersonaRivalsField } from "./persona-rivals-field";
import { PersonaValueMapField } from "./persona-value-map-field";
import { PersonaFitPanel } from "./persona-fit-panel";

/** The value section: the fit first, then what it is made of (ranking, value map, motivations). */
export function PersonaValueFields({ index, offeringName, disabled }: { index: number; offeringName: string; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const persona = useWatch<PersonasStepInput, `personas.${number}`>({ name: `personas.${index}` }) as PersonaInput;
  const name = persona.name.trim() || kit.t("untitled");
  const fit = personaFit(persona);
  return (
    <>
      <PersonaFitPanel index={index} fit={fit} />
      <PersonaSection title={kit.t("valueMap.rankHeading")}>
        <PersonaImportanceField index={index} disabled={disabled} />
      </PersonaSection>
      <PersonaSection title={kit.t("valueMap.offering", { offering: offeringName, name })} terms={["valueCanvas"]}>
        <div className="grid gap-3 lg:grid-cols-3">
          {VALUE_KINDS.map((kind) => (
            <PersonaValueMapField key={kind} index={index} kind={kind} disabled={disabled} />
          ))}
        </div>
      </PersonaSection>
      <PersonaSection title={kit.t("valueMap.rivalsHeading")}>
        <PersonaRivalsField index={index} disabled={disabled} />
      </PersonaSection>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">{kit.t("valueMap.canvasToggle")}</summary>
        <div className="mt-3">
          <FitCanvas
            fit={fit}
            valueMap={persona.valueMap}
            personaName={name}
            offeringName={offeringName}
            headingLevel={4}
            idPrefix={kit.id("canvas")}
          />
        </div>
      </details>
    </>
  );
}
