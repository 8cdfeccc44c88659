"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import type { IntegrationStage } from "@/lib/validation/integration-step";
import { stageName } from "@/lib/validation/journey";
import { useRowFieldKit } from "./field-kit";

/** The project's stage names as this step prints them: a ready-made stage with what it means. */
export function useStageLabel() {
  const t = useTranslations("integration");
  return (stage: IntegrationStage) => stageName(stage.name, (code) => t(`stages.${code}`));
}

/**
 * Which stage of the project's journey (kept with the personas in step 4) a row serves. An idea
 * always has one; a campaign may name none.
 */
export function RowStageField({
  list,
  index,
  disabled,
  stages,
}: {
  list: "contentIdeas" | "campaigns";
  index: number;
  disabled: boolean;
  stages: readonly IntegrationStage[];
}) {
  const kit = useRowFieldKit(list, index);
  const label = useStageLabel();
  return (
    <Field id={kit.id("stage")} label={kit.label("stage")} hint={kit.hint("stage")} error={kit.error("stageId")}>
      {(c) => (
        <select {...c} {...kit.register(kit.path("stageId"))} disabled={disabled} className={inputClass}>
          {list === "campaigns" ? <option value="">{kit.t("campaigns.noStage")}</option> : null}
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {label(stage)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
