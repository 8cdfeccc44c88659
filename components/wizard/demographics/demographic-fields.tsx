"use client";

import { useWatch } from "react-hook-form";
import {
  GENDER_MAX_LENGTH,
  genderChoices,
  OCCUPATION_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  type GenderLabels,
} from "@/lib/validation/demographics-step";
import { AgeRangeFields } from "./age-range-fields";
import { DemographicsSection, DemographicsTagField, DemographicsTextArea, useDemographicsFieldKit } from "./field-kit";
import { GenerationCheckboxes } from "./generation-checkboxes";

/** Age, generations, gender, locations, household and occupation. */
export function DemographicFields({
  disabled,
  currentYear,
  genderLabels,
}: {
  disabled: boolean;
  currentYear: number;
  genderLabels: GenderLabels;
}) {
  const kit = useDemographicsFieldKit();
  const genders = useWatch({ control: kit.control, name: "genders" });
  // Stored as the words shown, like a typed entry: step 4 copies them into a persona as text.
  const genderSuggestions = genderChoices(genders, genderLabels, (key) => kit.t(`genderOptions.${key}`));
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
