"use client";

import { useTranslations } from "next-intl";
import { PersonaChannelsField } from "./persona-channels-field";
import { JargonNotes } from "../jargon";
import { PersonaDecisionFields } from "./persona-decision-fields";
import { PersonaEvidenceFields } from "./persona-evidence-fields";
import { PersonaSection, PersonaTextField } from "./persona-field-kit";
import { PersonaProfileGrid } from "./persona-list-field";
import type { PersonaSectionSlug } from "./persona-sections";
import { PersonaIntermediaryField } from "./persona-intermediary-field";
import { PersonaJourneyFields } from "./persona-journey-fields";
import { PersonaValueFields } from "./persona-value-fields";
import { PersonaWhoFields } from "./persona-who-fields";

/** The fields of one section of a persona (see PERSONA_SECTIONS for which go where). */
export function PersonaSectionFields({
  index,
  section,
  offeringName,
  disabled,
}: {
  index: number;
  section: PersonaSectionSlug;
  offeringName: string;
  disabled: boolean;
}) {
  const t = useTranslations("personas");
  switch (section) {
    case "who":
      return <PersonaWhoFields index={index} disabled={disabled} />;
    case "wants":
      return (
        <>
          <PersonaSection title={t("groups.profile")} hint={t("groups.profileHint")} terms={["valueCanvas", "gains"]}>
            <PersonaProfileGrid index={index} disabled={disabled} />
          </PersonaSection>
          <PersonaSection title={t("groups.min")} hint={t("groups.minHint")} terms={["minModel"]}>
            <div className="grid gap-4 md:grid-cols-3">
              <PersonaTextField index={index} field="needs" disabled={disabled} rows={3} />
              <PersonaTextField index={index} field="motivations" disabled={disabled} rows={3} />
              <PersonaTextField index={index} field="ideals" disabled={disabled} rows={3} />
            </div>
          </PersonaSection>
        </>
      );
    case "value":
      return <PersonaValueFields index={index} offeringName={offeringName} disabled={disabled} />;
    case "journey":
      return <PersonaJourneyFields index={index} disabled={disabled} />;
    case "decides":
      return (
        <div className="space-y-4">
          <JargonNotes terms={["decisionRole"]} />
          <PersonaDecisionFields index={index} disabled={disabled} />
          <PersonaIntermediaryField index={index} disabled={disabled} />
          <PersonaTextField index={index} field="objections" disabled={disabled} rows={3} />
        </div>
      );
    case "reach":
      return (
        <div className="grid gap-4 md:grid-cols-2">
          <PersonaChannelsField index={index} disabled={disabled} />
          <PersonaTextField index={index} field="attractingContent" disabled={disabled} rows={3} />
        </div>
      );
    case "evidence":
      return <PersonaEvidenceFields index={index} disabled={disabled} />;
  }
}
