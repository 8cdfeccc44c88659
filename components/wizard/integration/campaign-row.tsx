"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { AmountInput } from "@/components/ui/amount-input";
import { Field, inputClass } from "@/components/ui/field";
import { CAMPAIGN_KINDS, CURRENCIES, type IntegrationStepInput } from "@/lib/validation/integration-step";
import { ItemCard } from "../item-card";
import { CampaignAnswers } from "./campaign-answers";
import { CampaignPersonas } from "./campaign-personas";
import { RowChannelField } from "./channel-field";
import type { RowProps } from "./content-idea-row";
import { anyText, RowTextField, useRowCardText, useRowFieldKit } from "./field-kit";
import { IdealsNote } from "./profile-items";
import { RowStageField } from "./stage-field";

function currencyName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Launch or promotion, whether and which offering and personas, and the money and dates. */
function CampaignTargetFields({
  index,
  disabled,
  offerings,
  personas,
  personasHref,
}: Pick<RowProps, "index" | "disabled" | "offerings" | "personas" | "personasHref">) {
  const kit = useRowFieldKit("campaigns", index);
  const kindId = kit.id("kind");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={kit.id("offeringId")} label={kit.label("offeringId")} hint={kit.hint("offeringId")} error={kit.error("offeringId")}>
        {(c) => (
          <select {...c} {...kit.register(kit.path("offeringId"))} disabled={disabled} className={inputClass}>
            <option value="">{kit.t("chooseOffering")}</option>
            {offerings.map((offering) => (
              <option key={offering.id} value={offering.id}>
                {offering.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="space-y-2" aria-describedby={`${kindId}-hint`}>
        <legend className="text-sm font-medium text-slate-900">{kit.label("kind")}</legend>
        {CAMPAIGN_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input type="radio" {...kit.radio(kit.path("kind"), kind)} disabled={disabled} className="mt-1" />
            <span>
              <span className="font-medium">{kit.t(`kinds.${kind}.label`)}</span>
              <span className="block text-xs text-slate-600">{kit.t(`kinds.${kind}.help`)}</span>
            </span>
          </label>
        ))}
        <p id={`${kindId}-hint`} className="text-xs text-slate-600">
          {kit.hint("kind")}
        </p>
      </fieldset>
      <div className="md:col-span-2">
        <CampaignPersonas index={index} disabled={disabled} offerings={offerings} personas={personas} />
      </div>
      <div className="md:col-span-2">
        <CampaignAnswers index={index} disabled={disabled} personas={personas} personasHref={personasHref} />
      </div>
    </div>
  );
}

function CampaignBudgetFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = useRowFieldKit("campaigns", index);
  const locale = useLocale();
  return (
    <fieldset className="grid gap-4 md:grid-cols-2">
      <legend className="mb-2 text-sm font-semibold text-slate-900">{kit.t("campaigns.budgetGroup")}</legend>
      <Field id={kit.id("budget")} label={kit.label("budget")} hint={kit.hint("budget")} error={kit.error("budget")}>
        {(c) => (
          <Controller
            control={kit.control}
            name={`campaigns.${index}.budget`}
            render={({ field }) => (
              <AmountInput
                control={c}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                readOnly={disabled}
              />
            )}
          />
        )}
      </Field>
      <Field id={kit.id("currency")} label={kit.label("currency")} hint={kit.hint("currency")} error={kit.error("currency")}>
        {(c) => (
          <select {...c} {...kit.register(kit.path("currency"))} disabled={disabled} className={inputClass}>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {`${code} (${currencyName(locale, code)})`}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}

/**
 * The ideals of the campaign's personas, offered as what its objective should carry: each
 * one can be added to the objective as a starting point to rewrite.
 */
function CampaignIdeals({ index, disabled, personas }: Pick<RowProps, "index" | "disabled" | "personas">) {
  const t = useTranslations("integration.ideals");
  const { getValues, setValue, setFocus } = useFormContext<IntegrationStepInput>();
  const personaIds = useWatch<IntegrationStepInput, `campaigns.${number}.personaIds`>({ name: `campaigns.${index}.personaIds` });
  const withIdeals = personas.filter((p) => personaIds?.includes(p.id) && p.ideals.trim());
  const objective = useWatch<IntegrationStepInput, `campaigns.${number}.objective`>({ name: `campaigns.${index}.objective` }) ?? "";
  if (!withIdeals.length) return null;
  const insert = (ideals: string) => {
    const path = `campaigns.${index}.objective` as const;
    const current = getValues(path).trimEnd();
    setValue(path, current ? `${current}\n${ideals}` : ideals, { shouldDirty: true });
    setFocus(path);
  };
  return (
    <ul className="space-y-1">
      {withIdeals.map((persona) => (
        <li key={persona.id} className="flex flex-wrap items-baseline gap-x-2">
          <IdealsNote persona={persona} named />
          {/* Once the objective carries the message, adding it again would only repeat it. */}
          {disabled || objective.includes(persona.ideals.trim()) ? null : (
            <button
              type="button"
              onClick={() => insert(persona.ideals.trim())}
              aria-label={t("insertFor", { name: persona.name })}
              className="text-xs font-semibold text-brand-700 underline"
            >
              {t("insert")}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A paid campaign for one offering, aimed at chosen personas. */
export function CampaignRow({ rowId, index, total, disabled, offerings, personas, stages, personasHref, onMove, onRemove }: RowProps) {
  const t = useTranslations("integration");
  const card = useRowCardText();
  const { getValues } = useFormContext<IntegrationStepInput>();
  const number = index + 1;
  return (
    <ItemCard<IntegrationStepInput, [`campaigns.${number}.offeringId`, `campaigns.${number}.kind`]>
      headingId={`campaign-${rowId}`}
      follows={[`campaigns.${index}.offeringId`, `campaigns.${index}.kind`]}
      text={([offeringId, kind]) => {
        const offering = offerings.find((o) => o.id === offeringId);
        const name = offering ? `${t(`kinds.${kind}.label`)} · ${offering.name}` : t("untitled");
        return card.text({
          heading: t("campaigns.cardHeading", { number, name }),
          remove: t("campaigns.remove", { number }),
          removeTitle: t("campaigns.removeTitle", { name }),
        });
      }}
      confirm={card.confirm}
      disabled={disabled}
      isFirst={index === 0}
      isLast={index === total - 1}
      isBlank={() => {
        const c = getValues(`campaigns.${index}`);
        return (
          !c.offeringId && !c.personaIds.length && !c.channelId && !anyText(c.budget, c.startsOn, c.endsOn, c.objective, c.successMetric)
        );
      }}
      onMove={(direction) => onMove(index, index + direction)}
      onRemove={() => onRemove(index)}
    >
      <CampaignTargetFields index={index} disabled={disabled} offerings={offerings} personas={personas} personasHref={personasHref} />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <RowChannelField list="campaigns" index={index} disabled={disabled} />
        </div>
        <div className="md:col-span-2">
          <CampaignBudgetFields index={index} disabled={disabled} />
        </div>
        <div className="md:col-span-2">
          <RowStageField list="campaigns" index={index} disabled={disabled} stages={stages} />
        </div>
        <RowTextField list="campaigns" index={index} field="startsOn" type="date" optional disabled={disabled} />
        <RowTextField list="campaigns" index={index} field="endsOn" type="date" optional disabled={disabled} />
        <RowTextField
          list="campaigns"
          index={index}
          field="objective"
          multiline
          disabled={disabled}
          note={<CampaignIdeals index={index} disabled={disabled} personas={personas} />}
        />
        <RowTextField list="campaigns" index={index} field="successMetric" multiline disabled={disabled} />
      </div>
    </ItemCard>
  );
}
