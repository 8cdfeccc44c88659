"use server";

import { revalidatePath } from "next/cache";
import { addProjectChannel } from "@/db/queries/project-channels";
import { addChannelSchema } from "@/lib/validation/channels";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

// "Add a channel" inside steps 4 and 5: the channel joins step 2's list without leaving the step.
export const addProjectChannelAction = projectAction(addChannelSchema, async (values, { user, projectId }) => {
  const { channel, channels, progressChanged } = await addProjectChannel({ actor: user, projectId, values });
  if (progressChanged) revalidatePath(`/projects/${projectId}`, "layout");
  await tellMentorsStepChanged(user, projectId, "competitors");
  return { channel, channels };
});
