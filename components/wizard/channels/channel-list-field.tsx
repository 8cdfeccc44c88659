"use client";

import { useTranslations } from "next-intl";
import { Controller, useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import { newId } from "@/lib/uuid";
import type { ChannelInput } from "@/lib/validation/channels";
import type { CompetitorsStepInput } from "@/lib/validation/competitors-step";
import {
  canonicalChannel,
  channelKey,
  CHANNEL_NAME_MAX_LENGTH,
  COMMON_OTHER_CHANNELS,
  COMMON_SOCIAL_NETWORKS,
  type CommonChannel,
  isCommonChannel,
  MAX_CHANNELS,
} from "@/lib/wizard/channel-names";
import { FieldHint } from "../field-kit";
import { firstErrorCode } from "../first-error-code";
import { useExample } from "../use-example";
import { useChannelName } from "./use-channel-name";

const FIELD_ID = "channels";

/**
 * The project's channels, entered once: ready-made networks and channels are one click each,
 * anything else is typed as a chip. Each channel keeps its id while it stays ticked, and gets
 * its old id back when ticked again, so steps 4 and 5 keep pointing at it.
 */
export function ChannelListField({ disabled, initial }: { disabled: boolean; initial: readonly ChannelInput[] }) {
  const t = useTranslations("channels");
  const tCompetitors = useTranslations("competitors");
  const example = useExample();
  const { label } = useChannelName();
  const { control, formState } = useFormContext<CompetitorsStepInput>();
  const error = firstErrorCode(formState.errors.channels);

  return (
    <Controller
      control={control}
      name="channels"
      render={({ field: list }) => {
        const channels = list.value ?? [];
        const idFor = (name: string) => [...channels, ...initial].find((c) => channelKey(c.name) === channelKey(name))?.id ?? newId();
        const has = (code: CommonChannel) => channels.some((c) => c.name === code);
        const toggle = (code: CommonChannel, on: boolean) =>
          list.onChange(on ? [...channels, { id: idFor(code), name: code }] : channels.filter((c) => c.name !== code));
        const own = channels.filter((c) => !isCommonChannel(c.name)).map((c) => c.name);
        const setOwn = (typed: string[]) => {
          const next: ChannelInput[] = channels.filter((c) => isCommonChannel(c.name));
          for (const name of typed.map((n) => canonicalChannel(n, label))) {
            if (!next.some((c) => channelKey(c.name) === channelKey(name))) next.push({ id: idFor(name), name });
          }
          list.onChange(next);
        };
        const group = (legend: string, codes: readonly CommonChannel[]) => (
          <fieldset className="space-y-1">
            <legend className="text-sm text-slate-700">{legend}</legend>
            <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
              {codes.map((code) => (
                <label key={code} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={`channels.${code}`}
                    checked={has(code)}
                    disabled={disabled}
                    onChange={(e) => toggle(code, e.target.checked)}
                    onBlur={list.onBlur}
                  />
                  {label(code)}
                </label>
              ))}
            </div>
          </fieldset>
        );
        return (
          <div className="space-y-4">
            <fieldset aria-describedby={`${FIELD_ID}-hint`} className="space-y-3">
              <legend className="text-sm font-medium text-slate-900">{t("listLegend")}</legend>
              <p id={`${FIELD_ID}-hint`} className="text-xs text-slate-600">
                <FieldHint help={t("listHint")} example={tCompetitors("example", { text: example("competitors", "socialNetworks") })} />
              </p>
              {group(t("networksGroup"), COMMON_SOCIAL_NETWORKS)}
              {group(t("otherGroup"), COMMON_OTHER_CHANNELS)}
            </fieldset>
            <Field id={`${FIELD_ID}-own`} label={t("ownLabel")} hint={t("ownHint")} error={error} optional>
              {(c) => (
                <TagInput
                  control={c}
                  value={own}
                  onChange={setOwn}
                  onBlur={list.onBlur}
                  maxItems={MAX_CHANNELS - (channels.length - own.length)}
                  maxLength={CHANNEL_NAME_MAX_LENGTH}
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
