import { randomUUID } from "node:crypto";
import type { Database } from "@/db/connect";
import { saveOfferingsStep } from "@/db/queries/offerings-step";
import { createProject } from "@/db/queries/projects";
import { blankOffering } from "@/lib/validation/offerings-step";
import { createTestUser } from "./databases";

/**
 * A new owner's guitar shop with one offering saved through step 1: where most step 4 and
 * step 5 tests start. The project has the five ready-made journey stages, as any new one.
 */
export async function projectWithOneOffering(db: Database, offeringName = "Starter") {
  const owner = await createTestUser(db);
  const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
  const categoryId = randomUUID();
  const step1 = await saveOfferingsStep({
    actor: owner,
    projectId,
    values: {
      version: 0,
      categories: [{ id: categoryId, name: "Guitars" }],
      offerings: [{ ...blankOffering(randomUUID(), categoryId), name: offeringName }],
    },
  });
  return { owner, projectId, offeringId: step1.offerings[0]!.id };
}
