"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClass, useErrorMessage } from "@/components/ui/field";
import { addProjectChannelAction } from "@/lib/actions/add-project-channel";
import type { ChannelInput } from "@/lib/validation/channels";
import { CHANNEL_NAME_MAX_LENGTH, canonicalChannel } from "@/lib/wizard/channel-names";
import { useProjectChannels } from "./project-channels";
import { useChannelName } from "./use-channel-name";

/**
 * "Add a channel" inside a step: the name goes to the project's list (step 2) at once, without
 * leaving the step or saving its form, and the new channel is picked where it was added.
 */
export function AddChannel({ id, disabled, onAdded }: { id: string; disabled: boolean; onAdded: (channel: ChannelInput) => void }) {
  const t = useTranslations("channels");
  const errorMessage = useErrorMessage();
  const { projectId, update } = useProjectChannels();
  const { name: displayName, label } = useChannelName();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState("");
  const [pending, startTransition] = useTransition();

  const add = () => {
    const name = canonicalChannel(draft, label);
    if (!name) return;
    startTransition(async () => {
      const result = await addProjectChannelAction(projectId, { name });
      if (!result.ok) {
        setError(errorMessage(result.fieldErrors?.name) ?? t("addFailed"));
        return;
      }
      update(result.data.channels);
      onAdded(result.data.channel);
      setDraft("");
      setError(undefined);
      setNotice(t("added", { name: displayName(result.data.channel.name) }));
    });
  };
  // Enter adds the channel instead of submitting the step's form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm text-slate-800">
        {t("addLabel")}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={CHANNEL_NAME_MAX_LENGTH}
          disabled={disabled || pending}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
        <Button variant="secondary" onClick={add} disabled={disabled || pending || !draft.trim()}>
          {pending ? t("adding") : t("addButton")}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("addHint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {/* A live region without the status role: the step's own save status stays the page's one status. */}
      <p aria-live="polite" className="sr-only">
        {notice}
      </p>
    </div>
  );
}
