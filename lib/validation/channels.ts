import * as z from "zod/mini";
import { channelKey, CHANNEL_NAME_MAX_LENGTH, MAX_CHANNELS } from "@/lib/wizard/channel-names";
import { fieldError, fieldIssue } from "./error-codes";
import { requiredText } from "./text";

/** One of the project's channels as step 2 lists it: a stable id and its stored value. */
export const channelSchema = z.object({
  id: z.uuid(fieldError("invalid")),
  name: requiredText(CHANNEL_NAME_MAX_LENGTH),
});

/** The project's channels, in the owner's order: no id and no name (case aside) twice. */
export const channelListSchema = z.array(channelSchema, fieldError("invalid")).check(
  z.maxLength(MAX_CHANNELS, fieldError("too_many", MAX_CHANNELS)),
  z.superRefine((channels, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    channels.forEach((channel, index) => {
      if (ids.has(channel.id)) ctx.addIssue(fieldIssue("invalid", [index, "id"]));
      if (names.has(channelKey(channel.name))) ctx.addIssue(fieldIssue("duplicate", [index, "name"]));
      ids.add(channel.id);
      names.add(channelKey(channel.name));
    });
  }),
);

/** A picked channel: only well-formed here, the server checks that it is the project's own. */
export const channelRef = z.uuid(fieldError("unknown_channel"));

/** Several picked channels (a persona's), each once. */
export const channelRefs = z.array(channelRef, fieldError("invalid")).check(
  z.maxLength(MAX_CHANNELS, fieldError("too_many", MAX_CHANNELS)),
  z.refine((ids) => new Set(ids).size === ids.length, fieldError("duplicate")),
);

/** "Add a channel" from a later step: one name, added to the project's list. */
export const addChannelSchema = z.object({ name: requiredText(CHANNEL_NAME_MAX_LENGTH) });

export type ChannelInput = z.infer<typeof channelSchema>;
export type AddChannelInput = z.infer<typeof addChannelSchema>;
