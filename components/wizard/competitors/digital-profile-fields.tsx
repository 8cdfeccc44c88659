"use client";

import { useFormContext } from "react-hook-form";
import type { ChannelInput } from "@/lib/validation/channels";
import { PROFILE_TEXT_MAX, type CompetitorsStepInput } from "@/lib/validation/competitors-step";
import { TagField } from "../tag-field";
import { WrittenField } from "../written-field";
import { useFieldCopy } from "./field-copy";
import { ChannelListField } from "../channels/channel-list-field";
import { JargonNotes } from "../jargon";

function ProfileTextArea({ name, disabled }: { name: "needs" | "painPoints"; disabled: boolean }) {
  const copy = useFieldCopy();
  const { formState } = useFormContext<CompetitorsStepInput>();
  return (
    <WrittenField<CompetitorsStepInput>
      id={`digitalProfile-${name}`}
      path={`digitalProfile.${name}`}
      label={copy.label(name)}
      hint={copy.hint(name)}
      error={formState.errors.digitalProfile?.[name]?.message}
      max={PROFILE_TEXT_MAX[name]}
      rows={3}
      disabled={disabled}
    />
  );
}

/** Where the target lives online and what moves them: one set of answers per project. */
export function DigitalProfileFields({ disabled, initialChannels }: { disabled: boolean; initialChannels: readonly ChannelInput[] }) {
  const copy = useFieldCopy();
  return (
    <section aria-labelledby="digital-profile-title" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="space-y-1">
        <h2 id="digital-profile-title" className="text-lg font-semibold">
          {copy.t("profileTitle")}
        </h2>
        <p className="text-sm text-slate-700">{copy.t("profileIntro")}</p>
        <JargonNotes terms={["buyerPersona", "digitalProfile", "keywords"]} />
      </div>
      <ChannelListField disabled={disabled} initial={initialChannels} />
      <div className="grid gap-4 md:grid-cols-2">
        {(["keywords", "media"] as const).map((name) => (
          <TagField<CompetitorsStepInput>
            key={name}
            name={`digitalProfile.${name}`}
            id={`digitalProfile-${name}`}
            label={copy.label(name)}
            hint={copy.hint(name)}
            optional={name === "media"}
            disabled={disabled}
          />
        ))}
        <ProfileTextArea name="needs" disabled={disabled} />
        <ProfileTextArea name="painPoints" disabled={disabled} />
      </div>
    </section>
  );
}
