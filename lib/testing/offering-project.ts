import { randomUUID } from "node:crypto";
import type { Database } from "@/db/connect";
import type { Actor } from "@/db/queries/access";
import { saveOfferingsStep } from "@/db/queries/offerings-step";
import { createProject } from "@/db/queries/projects";
import { blankOffering } from "@/lib/validation/offerings-step";
import { createTestUser } from "./databases";

/** Step 1's first save: one category and these offerings, in order. Answers their ids as stored. */
export async function saveTestOfferings(actor: Actor, projectId: string, names: readonly string[]): Promise<string[]> {
  const categoryId = randomUUID();
  const step1 = await saveOfferingsStep({
    actor,
    projectId,
    values: {
      version: 0,
      categories: [{ id: categoryId, name: "Guitars" }],
      offerings: names.map((name) => ({ ...blankOffering(randomUUID(), categoryId), name })),
    },
  });
  return step1.offerings.map((o) => o.id);
}

/**
 * A new owner's guitar shop with one offering saved through step 1: where most step 4 and
 * step 5 tests start. The project has the five ready-made journey stages, as any new one.
 */
export async function projectWithOneOffering(db: Database, offeringName = "Starter") {
  const owner = await createTestUser(db);
  const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
  const [offeringId] = await saveTestOfferings(owner, projectId, [offeringName]);
  return { owner, projectId, offeringId: offeringId! };
}
