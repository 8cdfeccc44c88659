"use client";

import { SHORT_TEXT_MAX_LENGTH, VALUES_MAX_LENGTH } from "@/lib/validation/demographics-step";
import { DemographicsSection, DemographicsTagField, DemographicsTextArea, useDemographicsFieldKit } from "./field-kit";

/** Economic level, education, languages, values and customs. */
export function SocioculturalFields({ disabled }: { disabled: boolean }) {
  const kit = useDemographicsFieldKit();
  return (
    <DemographicsSection
      id="sociocultural-title"
      title={kit.t("groups.sociocultural")}
      hint={kit.t("groups.socioculturalHint")}
      terms={["sociocultural"]}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <DemographicsTextArea field="economicLevel" disabled={disabled} maxLength={SHORT_TEXT_MAX_LENGTH} />
        <DemographicsTextArea field="educationLevel" disabled={disabled} maxLength={SHORT_TEXT_MAX_LENGTH} optional />
        <DemographicsTagField field="languages" disabled={disabled} optional />
        <DemographicsTextArea field="valuesAndCustoms" disabled={disabled} maxLength={VALUES_MAX_LENGTH} rows={4} />
      </div>
    </DemographicsSection>
  );
}
