"use client";

import type { ProfileList, ValueKind } from "@/lib/validation/value-map";
import type { PersonaFit } from "@/lib/wizard/fit";
import { usePersonaFieldKit } from "./persona-field-kit";
import { valueGroupId } from "./persona-value-map-field";

const KIND_OF_LIST: Record<ProfileList, ValueKind> = { jobs: "product", pains: "reliever", gains: "creator" };

/**
 * The fit as the editor shows it while the owner works: how much of what matters is answered,
 * and what is not yet, each with a jump to the group of the value map that answers it.
 */
export function PersonaFitPanel({ index, fit }: { index: number; fit: PersonaFit }) {
  const kit = usePersonaFieldKit(index);
  return (
    <section aria-labelledby={`${kit.id("fit")}-title`} className="space-y-2 rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
      <h4 id={`${kit.id("fit")}-title`} className="font-semibold text-slate-900">
        {kit.t("valueMap.fitHeading")}
      </h4>
      <p>
        {fit.share === null
          ? kit.t("valueMap.fitNothing")
          : kit.t("valueMap.fitShare", { answered: fit.answered, counted: fit.counted, share: fit.share })}
      </p>
      {fit.unanswered.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {fit.unanswered.map((item) => (
            <li key={`${item.list}-${item.item}`}>
              <span className="font-medium">{kit.t(`valueMap.importanceLevels.${item.importance}`)}</span> · {item.item} ·{" "}
              <a href={`#${valueGroupId(index, KIND_OF_LIST[item.list])}`} className="text-brand-700 underline">
                {kit.t(`valueMap.answerIt.${KIND_OF_LIST[item.list]}`)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {fit.unmetNeeds.length ? (
        <p className="font-medium text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {kit.t("valueMap.unmetNeeds", { needs: fit.unmetNeeds.join("; ") })}
        </p>
      ) : null}
    </section>
  );
}
