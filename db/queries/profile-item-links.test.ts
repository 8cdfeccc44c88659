import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/app-errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { addChannels } from "@/lib/testing/project-channels";
import { blankCampaign, blankContentIdea } from "@/lib/validation/integration-step";
import { blankPersona, type PersonaInput } from "@/lib/validation/personas-step";
import type { Database } from "../connect";
import { campaigns, contentIdeas, personas } from "../schema";
import { getIntegrationStep, saveIntegrationStep } from "./integration-step";
import { getPersonasStep, savePersonasStep } from "./personas-step";

// Removing a pain or gain that plan items point at asks first, like removing a persona; once
// confirmed, the items stay with their words and only lose the link.

const BUZZ = "Cheap guitars buzz";

/** Everything a removal could touch, in a stable order. */
async function snapshot(db: Database, projectId: string) {
  return {
    personas: await db.select().from(personas).where(eq(personas.projectId, projectId)).orderBy(personas.id),
    ideas: await db.select().from(contentIdeas).where(eq(contentIdeas.projectId, projectId)).orderBy(contentIdeas.id),
    campaigns: await db.select().from(campaigns).where(eq(campaigns.projectId, projectId)).orderBy(campaigns.id),
  };
}

describeEachDatabase("step 4: removing a pain or gain that the plan uses", (getConnection) => {
  const db = () => getConnection().db;

  /**
   * Lucía, whose pain BUZZ is answered by a value-map entry, addressed by a content idea and
   * answered by a campaign (with one of her gains); "Strings too high" is used by nothing.
   */
  async function guitarShop() {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db(), "Starter guitars");
    const lucia: PersonaInput = {
      ...blankPersona(randomUUID(), offeringId),
      name: "Lucía",
      pains: [BUZZ, "Strings too high"],
      gains: ["A sound of her own"],
      valueMap: [{ id: randomUUID(), kind: "reliever", text: "Every guitar set up by hand", answers: [BUZZ], needs: [] }],
    };
    const step4 = await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [lucia] } });
    const luciaId = step4.personas[0]!.id;
    const channelId = (await addChannels(owner, projectId, ["instagram"])).get("instagram")!;
    const step5 = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        contentIdeas: [
          {
            ...blankContentIdea(randomUUID(), luciaId, step4.stages[0]!.id),
            topic: "Why guitars buzz",
            addresses: BUZZ,
            addressesKind: "pain",
          },
        ],
        socialPlans: [],
        campaigns: [
          {
            ...blankCampaign(randomUUID()),
            offeringId,
            personaIds: [luciaId],
            channelId,
            budget: "0",
            answers: [
              { personaId: luciaId, kind: "pain", item: BUZZ },
              { personaId: luciaId, kind: "gain", item: "A sound of her own" },
            ],
          },
        ],
      },
    });
    return { owner, projectId, step4, luciaId, step5 };
  }

  it("asks before unlinking an idea, a campaign answer and a value-map entry, then keeps the idea's words", async () => {
    const { owner, projectId, step4, luciaId } = await guitarShop();
    const before = await snapshot(db(), projectId);
    const withoutBuzz = {
      version: step4.version,
      personas: [{ ...step4.personas[0]!, pains: ["Strings too high"] }],
    };

    const error = await expectAppError(savePersonasStep({ actor: owner, projectId, values: withoutBuzz }), "needs_confirmation");
    expect(error.details).toEqual({
      dependents: [{ kind: "pain", name: BUZZ, persona: "Lucía", contentIdeas: 1, campaigns: 1, valueEntries: 1 }],
    });
    expect(await snapshot(db(), projectId)).toEqual(before);

    await savePersonasStep({ actor: owner, projectId, values: withoutBuzz, confirmRemovals: true });
    const step5 = await getIntegrationStep({ actor: owner, projectId });
    expect(step5.contentIdeas.map((i) => [i.topic, i.addresses, i.addressesKind])).toEqual([["Why guitars buzz", BUZZ, ""]]);
    expect(step5.campaigns[0]!.answers).toEqual([{ personaId: luciaId, kind: "gain", item: "A sound of her own" }]);
    // The value-map entry stays, answering nothing now.
    const [persona] = (await getPersonasStep({ actor: owner, projectId })).personas;
    expect(persona!.valueMap.map((e) => [e.text, e.answers])).toEqual([["Every guitar set up by hand", []]]);
  });

  it("removes a pain that nothing uses without asking", async () => {
    const { owner, projectId, step4, step5 } = await guitarShop();
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: step4.version, personas: [{ ...step4.personas[0]!, pains: [BUZZ] }] },
    });
    expect(saved.personas[0]!.pains).toEqual([BUZZ]);
    const after = await getIntegrationStep({ actor: owner, projectId });
    expect(after.contentIdeas).toEqual(step5.contentIdeas);
    expect(after.campaigns).toEqual(step5.campaigns);
  });
});
