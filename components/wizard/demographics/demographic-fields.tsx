"use client";

import { GENDER_MAX_LENGTH, GENDER_SUGGESTIONS, OCCUPATION_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from "@/lib/validation/demographics-step";
import { AgeRangeFields } from "./age-range-fields";
import { DemographicsSection, DemographicsTagField, DemographicsTextArea, useDemographicsFieldKit } from "./field-kit";
import { GenerationCheckboxes } from "./generation-checkboxes";

/** Age, generations, gender, locations, household and occupation. */
export function DemographicFields({ disabled, currentYear }: { disabled: boolean; currentYear: number }) {
  const kit = useDemographicsFieldKit();
  // Stored as codes and shown in the reader's language; a ticked choice is a box, never also a chip.
  const genderSuggestions = GENDER_SUGGESTIONS.map((code) => ({ value: code, label: kit.t(`genderOptions.${code}`) }));
  return (
    <DemographicsSection id="demographic-title" title={kit.t("groups.demographic")} hint={kit.t("groups.demographicHint")}>
      <AgeRangeFields disabled={disabled} currentYear={currentYear} />
      <GenerationCheckboxes disabled={disabled} />
      <div className="grid gap-4 md:grid-cols-2">
        <DemographicsTagField field="locations" disabled={disabled} />
        <DemographicsTagField field="genders" disabled={disabled} maxLength={GENDER_MAX_LENGTH} suggestions={genderSuggestions} optional />
        <DemographicsTextArea field="occupation" disabled={disabled} maxLength={OCCUPATION_MAX_LENGTH} />
        <DemographicsTextArea field="household" disabled={disabled} maxLength={SHORT_TEXT_MAX_LENGTH} optional />
      </div>
    </DemographicsSection>
  );
}
