import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import * as z from "zod/mini";
import { toFieldErrors } from "@/lib/actions/safe-action";
import { rejection } from "@/lib/testing/app-errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { addChannels } from "@/lib/testing/project-channels";
import {
  blankCampaign,
  blankContentIdea,
  integrationStepSchema,
  type CampaignInput,
  type ContentIdeaInput,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { blankPersona } from "@/lib/validation/personas-step";
import type { Database } from "../connect";
import { campaigns, contentIdeas } from "../schema";
import { getIntegrationStep, IntegrationFieldErrors, saveIntegrationStep } from "./integration-step";
import { savePersonasStep } from "./personas-step";

// Issue 14: a content idea names the pain or gain it addresses from its persona's lists, and a
// campaign the pains and gains its message answers, so the plan traces back to step 4.

const LUCIA = { name: "Lucía", pains: ["Cheap guitars buzz", "Strings too high"], gains: ["A sound of her own"] };
const ANDRES = { name: "Andrés", pains: ["Necks that move with the weather"], gains: ["A guitar built around his hands"] };

/** Everything step 5 stores for a project, in a stable order. */
async function snapshot(db: Database, projectId: string) {
  return {
    ideas: await db.select().from(contentIdeas).where(eq(contentIdeas.projectId, projectId)).orderBy(contentIdeas.id),
    campaigns: await db.select().from(campaigns).where(eq(campaigns.projectId, projectId)).orderBy(campaigns.id),
  };
}

describeEachDatabase("step 5: links to the personas' pains and gains", (getConnection) => {
  const db = () => getConnection().db;

  /** A guitar shop with one offering and two personas that have pains and gains, and one channel. */
  async function guitarShop() {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db(), "Guitars");
    const step4 = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [LUCIA, ANDRES].map((p) => ({ ...blankPersona(randomUUID(), offeringId), ...p })) },
    });
    const [lucia, andres] = step4.personas.map((p) => p.id) as [string, string];
    const stageId = step4.stages[0]!.id;
    const channelId = (await addChannels(owner, projectId, ["instagram"])).get("instagram")!;
    const idea = (personaId: string, overrides: Partial<ContentIdeaInput> = {}): ContentIdeaInput => ({
      ...blankContentIdea(randomUUID(), personaId, stageId),
      topic: "How to pick your first guitar",
      ...overrides,
    });
    const campaign = (personaIds: string[], overrides: Partial<CampaignInput> = {}): CampaignInput => ({
      ...blankCampaign(randomUUID()),
      offeringId,
      personaIds,
      channelId,
      budget: "0",
      ...overrides,
    });
    const values = (lists: Partial<IntegrationStepInput> = {}): IntegrationStepInput => ({
      version: 0,
      contentIdeas: [],
      socialPlans: [],
      campaigns: [],
      ...lists,
    });
    return { owner, projectId, lucia, andres, idea, campaign, values };
  }

  it("saves an idea linked to a pain and a campaign's answers, and reads them back", async () => {
    const { owner, projectId, lucia, andres, idea, campaign, values } = await guitarShop();
    const answers = [
      { personaId: lucia, kind: "gain" as const, item: "A sound of her own" },
      { personaId: andres, kind: "pain" as const, item: "Necks that move with the weather" },
    ];
    const sent = values({
      contentIdeas: [
        idea(lucia, { addresses: "Strings too high", addressesKind: "pain" }),
        idea(andres, { addresses: "A guitar built around his hands", addressesKind: "gain" }),
        // Words of the owner's own, from before ideas were linked, stay as they are.
        idea(andres, { addresses: "Worried about the wait", addressesKind: "" }),
      ],
      campaigns: [campaign([lucia, andres], { answers })],
    });
    const saved = await saveIntegrationStep({ actor: owner, projectId, values: sent });
    expect(saved.contentIdeas.map((i) => [i.addresses, i.addressesKind])).toEqual([
      ["Strings too high", "pain"],
      ["A guitar built around his hands", "gain"],
      ["Worried about the wait", ""],
    ]);
    expect(saved.campaigns[0]!.answers).toEqual(answers);
    expect(await getIntegrationStep({ actor: owner, projectId })).toEqual(saved);
    // "" in the form is no link at all in the database.
    const stored = await snapshot(db(), projectId);
    expect(Object.fromEntries(stored.ideas.map((i) => [i.addresses, i.addressesKind]))).toEqual({
      "Strings too high": "pain",
      "A guitar built around his hands": "gain",
      "Worried about the wait": null,
    });
  });

  it("refuses links to pains and gains the persona lacks, next to the row, and changes nothing", async () => {
    const { owner, projectId, lucia, andres, idea, campaign, values } = await guitarShop();
    await saveIntegrationStep({
      actor: owner,
      projectId,
      values: values({ contentIdeas: [idea(lucia, { addresses: "Cheap guitars buzz", addressesKind: "pain" })] }),
    });
    const before = await snapshot(db(), projectId);
    const error = await rejection(
      saveIntegrationStep({
        actor: owner,
        projectId,
        values: values({
          version: 1,
          contentIdeas: [
            idea(lucia, { addresses: "Cheap amplifiers hum", addressesKind: "pain" }),
            idea(lucia, { addresses: "Cheap guitars buzz", addressesKind: "pain" }),
            // Andrés's pain, not Lucía's; and one of hers filed as a gain.
            idea(lucia, { addresses: "Necks that move with the weather", addressesKind: "pain" }),
            idea(lucia, { addresses: "Strings too high", addressesKind: "gain" }),
          ],
          campaigns: [
            campaign([lucia], { answers: [{ personaId: lucia, kind: "pain", item: "Cheap guitars buzz" }] }),
            campaign([lucia, andres], { answers: [{ personaId: andres, kind: "gain", item: "A sound of her own" }] }),
          ],
        }),
      }),
    );
    expect(error).toBeInstanceOf(IntegrationFieldErrors);
    expect((error as IntegrationFieldErrors).fieldErrors).toEqual({
      "contentIdeas.0.addresses": "unknown_item",
      "contentIdeas.2.addresses": "unknown_item",
      "contentIdeas.3.addresses": "unknown_item",
      "campaigns.1.answers": "unknown_item",
    });
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("has the schema refuse a campaign answer for a persona the campaign does not target", async () => {
    const { lucia, andres, campaign, values } = await guitarShop();
    const parsed = z.safeParse(
      integrationStepSchema,
      values({
        campaigns: [campaign([lucia], { answers: [{ personaId: andres, kind: "pain", item: "Necks that move with the weather" }] })],
      }),
    );
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error!)).toEqual({ "campaigns.0.answers": "unknown_item" });
  });
});
