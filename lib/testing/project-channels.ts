import { addProjectChannel } from "@/db/queries/project-channels";
import type { Actor } from "@/db/queries/access";

/**
 * Adds these channels to a project's list (step 2) through "add a channel", as a later step
 * would, and answers with their ids by name.
 */
export async function addChannels(actor: Actor, projectId: string, names: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) ids.set(name, (await addProjectChannel({ actor, projectId, values: { name } })).channel.id);
  return ids;
}
