import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError, rejection } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { readStepRow } from "@/lib/testing/step-row";
import type { ChannelInput } from "@/lib/validation/channels";
import { blankCampaign, blankSocialPlan } from "@/lib/validation/integration-step";
import { blankPersona } from "@/lib/validation/personas-step";
import { MAX_CHANNELS } from "@/lib/wizard/channel-names";
import type { Database } from "../connect";
import { campaigns, personas, projectChannels, projectMembers, socialPlans } from "../schema";
import { COMPETITORS_STEP, getCompetitorsStep, saveCompetitorsStep } from "./competitors-step";
import { getIntegrationStep, saveIntegrationStep } from "./integration-step";
import { saveOfferingsStep } from "./offerings-step";
import { getPersonasStep, savePersonasStep } from "./personas-step";
import { addProjectChannel, getProjectChannels } from "./project-channels";
import { createProject } from "./projects";
import { ReferenceFieldErrors } from "./unknown-references";

/** The channels and everything that points at them, for "nothing changed" checks. */
async function snapshot(db: Database, projectId: string) {
  return {
    step2: await readStepRow(db, projectId, COMPETITORS_STEP, ["version", "completed"]),
    channels: await db.select().from(projectChannels).where(eq(projectChannels.projectId, projectId)).orderBy(projectChannels.position),
    personas: await db
      .select({ channelIds: personas.channelIds })
      .from(personas)
      .where(eq(personas.projectId, projectId))
      .orderBy(personas.position),
    plans: await db.select({ id: socialPlans.id }).from(socialPlans).where(eq(socialPlans.projectId, projectId)),
    campaigns: await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.projectId, projectId)),
  };
}

describeEachDatabase("the project's channels", (getConnection) => {
  const db = () => getConnection().db;

  async function project() {
    const owner = await createTestUser(db());
    const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
    return { owner, projectId };
  }

  it("adds a channel for the owner or an editor, and answers a name already listed with that channel", async () => {
    const { owner, projectId } = await project();
    const first = await addProjectChannel({ actor: owner, projectId, values: { name: "instagram" } });
    expect(first.channel.name).toBe("instagram");
    expect(first.progressChanged).toBe(true);
    expect((await readStepRow(db(), projectId, COMPETITORS_STEP, ["version"]))!.version).toBe(1);

    const editor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: editor.id, role: "editor" });
    const second = await addProjectChannel({ actor: editor, projectId, values: { name: "Radio Cadena Sur" } });
    expect(second.channels.map((c) => c.name)).toEqual(["instagram", "Radio Cadena Sur"]);
    expect(second.progressChanged).toBe(false);

    // A retry, or the same name typed differently, adds nothing and bumps no version.
    const before = await snapshot(db(), projectId);
    const again = await addProjectChannel({ actor: owner, projectId, values: { name: "  radio cadena SUR " } });
    expect(again.channel).toEqual(second.channel);
    expect(await snapshot(db(), projectId)).toEqual(before);
    expect(await getProjectChannels({ actor: owner, projectId })).toEqual(second.channels);
  });

  it("refuses a mentor and a stranger and adds nothing", async () => {
    const { owner, projectId } = await project();
    await addProjectChannel({ actor: owner, projectId, values: { name: "newsletter" } });
    const before = await snapshot(db(), projectId);
    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    await expectAppError(addProjectChannel({ actor: mentor, projectId, values: { name: "tiktok" } }), "forbidden");
    expect(await getProjectChannels({ actor: mentor, projectId })).toHaveLength(1);
    const stranger = await createTestUser(db());
    await expectAppError(addProjectChannel({ actor: stranger, projectId, values: { name: "tiktok" } }), "not_found");
    await expectAppError(getProjectChannels({ actor: stranger, projectId }), "not_found");
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("refuses a channel past the limit with a field error that names the limit", async () => {
    const { owner, projectId } = await project();
    await db()
      .insert(projectChannels)
      .values(Array.from({ length: MAX_CHANNELS }, (_, position) => ({ projectId, name: `Channel ${position}`, position })));
    const before = await snapshot(db(), projectId);
    const error = await rejection(addProjectChannel({ actor: owner, projectId, values: { name: "One too many" } }));
    expect(error).toBeInstanceOf(ReferenceFieldErrors);
    expect((error as ReferenceFieldErrors).fieldErrors).toEqual({ name: `too_many:${MAX_CHANNELS}` });
    expect(await snapshot(db(), projectId)).toEqual(before);
    // A name already listed is still answered: nothing is added.
    expect((await addProjectChannel({ actor: owner, projectId, values: { name: "channel 3" } })).channel.name).toBe("Channel 3");
  });

  /** Steps 1, 2, 4 and 5 saved: two personas on Instagram, a social plan and a campaign on it. */
  async function projectUsingInstagram() {
    const { owner, projectId } = await project();
    const categoryId = randomUUID();
    const step1 = await saveOfferingsStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        categories: [{ id: categoryId, name: "Guitars" }],
        offerings: [
          {
            id: randomUUID(),
            categoryId,
            name: "Starter guitar",
            definition: "",
            objective: "",
            weight: 3,
            revenueShare: null,
            tier: "core",
            audience: "",
          },
        ],
      },
    });
    const offeringId = step1.offerings[0]!.id;
    const step2 = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        competitors: [],
        digitalProfile: { media: [], keywords: [], needs: "", painPoints: "" },
        channels: ["instagram", "Local radio", "newsletter"].map((name) => ({ id: randomUUID(), name })),
      },
    });
    const [instagram, radio] = step2.channels as [ChannelInput, ChannelInput, ChannelInput];
    const step4 = await savePersonasStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        personas: [
          { ...blankPersona(randomUUID(), offeringId), name: "Lucía", channelIds: [instagram.id, radio.id] },
          { ...blankPersona(randomUUID(), offeringId), name: "Pablo", channelIds: [radio.id, instagram.id] },
        ],
      },
    });
    const [lucia, pablo] = step4.personas.map((p) => p.id) as [string, string];
    await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        contentIdeas: [],
        socialPlans: [{ ...blankSocialPlan(randomUUID(), lucia), channelId: instagram.id }],
        campaigns: [{ ...blankCampaign(randomUUID()), offeringId, personaIds: [lucia, pablo], channelId: instagram.id, budget: "100" }],
      },
    });
    return { owner, projectId, step2, radio };
  }

  it("removes a channel in use only when confirmed, says where it is used, then takes its uses with it", async () => {
    const { owner, projectId, step2, radio } = await projectUsingInstagram();
    const withoutInstagram = { ...step2, channels: step2.channels.slice(1) };
    const before = await snapshot(db(), projectId);

    const error = await expectAppError(saveCompetitorsStep({ actor: owner, projectId, values: withoutInstagram }), "needs_confirmation");
    expect(error.details).toEqual({ dependents: [{ kind: "channel", name: "instagram", personas: 2, socialPlans: 1, campaigns: 1 }] });
    expect(await snapshot(db(), projectId)).toEqual(before);

    const saved = await saveCompetitorsStep({ actor: owner, projectId, values: withoutInstagram, confirmRemovals: true });
    expect(saved.channels.map((c) => c.name)).toEqual(["Local radio", "newsletter"]);
    // Personas only lose the channel; the plan and the campaign on it go.
    expect((await getPersonasStep({ actor: owner, projectId })).personas.map((p) => [p.name, p.channelIds])).toEqual([
      ["Lucía", [radio.id]],
      ["Pablo", [radio.id]],
    ]);
    const step5 = await getIntegrationStep({ actor: owner, projectId });
    expect([step5.socialPlans, step5.campaigns]).toEqual([[], []]);
  });

  it("removes an unused channel without asking", async () => {
    const { owner, projectId, step2 } = await projectUsingInstagram();
    const saved = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: { ...step2, channels: step2.channels.filter((c) => c.name !== "newsletter") },
    });
    expect(saved.channels.map((c) => c.name)).toEqual(["instagram", "Local radio"]);
    expect((await getCompetitorsStep({ actor: owner, projectId })).channels).toEqual(saved.channels);
  });
});
