"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { inputClass, useErrorMessage } from "@/components/ui/field";
import { AddChannel } from "./add-channel";
import { useProjectChannels } from "./project-channels";
import { useChannelName } from "./use-channel-name";

interface PickerCopy {
  id: string;
  label: string;
  hint: ReactNode;
  error?: string;
  disabled: boolean;
  onBlur?: () => void;
}

/** Several of the project's channels, as checkboxes (a persona's channels). */
export function ChannelCheckboxes({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
}: PickerCopy & {
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("channels");
  const { channels } = useProjectChannels();
  const { name } = useChannelName();
  const message = useErrorMessage()(error);
  const toggle = (channelId: string, on: boolean) =>
    // Kept in the project's order, so a reload shows the same list.
    onChange(channels.map((c) => c.id).filter((c) => (c === channelId ? on : value.includes(c))));
  return (
    <fieldset id={id} className="space-y-2" aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}>
      <legend className="text-sm font-medium text-slate-900">{label}</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {channels.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
        {channels.map((channel) => (
          <label key={channel.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={value.includes(channel.id)}
              disabled={disabled}
              onChange={(e) => toggle(channel.id, e.target.checked)}
              onBlur={onBlur}
            />
            {name(channel.name)}
          </label>
        ))}
      </div>
      {message ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
      {disabled ? null : <AddChannel id={`${id}-add`} disabled={disabled} onAdded={(c) => onChange([...value, c.id])} />}
    </fieldset>
  );
}

/** One of the project's channels, as a list box (a social network plan's network, a campaign's channel). */
export function ChannelSelect({
  id,
  label,
  hint,
  error,
  disabled,
  onBlur,
  value,
  onChange,
}: PickerCopy & {
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useTranslations("channels");
  const { channels } = useProjectChannels();
  const { name } = useChannelName();
  const message = useErrorMessage()(error);
  return (
    <div className="space-y-2">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          disabled={disabled}
          aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
          aria-invalid={message ? true : undefined}
          className={inputClass}
        >
          <option value="">{t("choose")}</option>
          {channels.map((channel) => (
            <option key={channel.id} value={channel.id}>
              {name(channel.name)}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
        {message ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {message}
          </p>
        ) : null}
      </div>
      {disabled ? null : <AddChannel id={`${id}-add`} disabled={disabled} onAdded={(c) => onChange(c.id)} />}
    </div>
  );
}
