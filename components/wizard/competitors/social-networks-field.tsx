"use client";

import { Controller, useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import {
  canonicalSocialNetwork,
  COMMON_SOCIAL_NETWORKS,
  isCommonSocialNetwork,
  type CommonSocialNetwork,
  type CompetitorsStepInput,
} from "@/lib/validation/competitors-step";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { firstErrorCode } from "../first-error-code";
import { useFieldCopy } from "./field-copy";

const FIELD_ID = "digitalProfile-socialNetworks";

/**
 * One stored list shown as two controls: checkboxes for the common networks (stored by id)
 * and a tag input for anything else (stored as typed). A typed name of a common network
 * ticks its checkbox instead, so no network is listed twice.
 */
export function SocialNetworksField({ disabled }: { disabled: boolean }) {
  const copy = useFieldCopy();
  const { control, formState } = useFormContext<CompetitorsStepInput>();
  const labels = Object.fromEntries(COMMON_SOCIAL_NETWORKS.map((id) => [id, copy.t(`networkLabels.${id}`)])) as Record<
    CommonSocialNetwork,
    string
  >;
  const error = firstErrorCode(formState.errors.digitalProfile?.socialNetworks);

  return (
    <Controller
      control={control}
      name="digitalProfile.socialNetworks"
      render={({ field: list }) => {
        const selected = list.value ?? [];
        const common = selected.filter(isCommonSocialNetwork);
        const free = selected.filter((n) => !isCommonSocialNetwork(n));
        const toggle = (id: CommonSocialNetwork, on: boolean) => list.onChange(on ? [...selected, id] : selected.filter((n) => n !== id));
        const setFree = (typed: string[]) => {
          const next: string[] = [...common];
          for (const entry of typed.map((n) => canonicalSocialNetwork(n, labels))) {
            if (!next.some((n) => n.toLocaleLowerCase() === entry.toLocaleLowerCase())) next.push(entry);
          }
          list.onChange(next);
        };
        return (
          <div className="space-y-4">
            <fieldset aria-describedby={`${FIELD_ID}-hint`} className="space-y-2">
              <legend className="text-sm font-medium text-slate-900">{copy.label("socialNetworks")}</legend>
              <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
                {COMMON_SOCIAL_NETWORKS.map((id) => (
                  <label key={id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name={`${list.name}.${id}`}
                      checked={common.includes(id)}
                      disabled={disabled}
                      onChange={(e) => toggle(id, e.target.checked)}
                      onBlur={list.onBlur}
                    />
                    {labels[id]}
                  </label>
                ))}
              </div>
              <p id={`${FIELD_ID}-hint`} className="text-xs text-slate-600">
                {copy.hint("socialNetworks")}
              </p>
            </fieldset>
            <Field id={`${FIELD_ID}-other`} label={copy.label("otherNetworks")} hint={copy.hint("otherNetworks")} error={error} optional>
              {(c) => (
                <TagInput
                  control={c}
                  value={free}
                  onChange={setFree}
                  onBlur={list.onBlur}
                  maxItems={MAX_TAGS - common.length}
                  maxLength={TAG_MAX_LENGTH}
                  disabled={disabled}
                />
              )}
            </Field>
          </div>
        );
      }}
    />
  );
}
