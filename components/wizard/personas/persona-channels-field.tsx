"use client";

import { Controller } from "react-hook-form";
import { ChannelCheckboxes } from "../channels/channel-picker";
import { usePersonaFieldKit } from "./persona-field-kit";

/** Where to reach a persona: ticked from the project's channels, not typed again. */
export function PersonaChannelsField({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  return (
    <Controller
      control={kit.control}
      name={kit.path("channelIds")}
      render={({ field }) => (
        <ChannelCheckboxes
          id={kit.id("channelIds")}
          label={kit.label("channelIds")}
          hint={kit.t("fields.channelIds.help")}
          error={kit.error("channelIds")}
          disabled={disabled}
          value={field.value ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
