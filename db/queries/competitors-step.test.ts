import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { readStepRow } from "@/lib/testing/step-row";
import {
  blankCompetitor,
  EMPTY_DIGITAL_PROFILE,
  type CompetitorInput,
  type CompetitorsStepInput,
  type DigitalProfileInput,
} from "@/lib/validation/competitors-step";
import type { ChannelInput } from "@/lib/validation/channels";
import type { Database } from "../connect";
import { competitors, digitalProfiles, projectMembers } from "../schema";
import { COMPETITORS_STEP, getCompetitorsStep, saveCompetitorsStep, type CompetitorsStepView } from "./competitors-step";
import { createProject } from "./projects";

function competitor(name: string, overrides: Partial<CompetitorInput> = {}): CompetitorInput {
  return {
    ...blankCompetitor(randomUUID()),
    name,
    website: "https://www.instrument-megastore.example/guitars",
    overlap: "Electric guitars under 600 euros",
    revenueModel: "High volume, thin margins, paid extended warranty",
    channels: "YouTube demos, Google Shopping, price-drop newsletters",
    notes: "Ships in 48 hours; no set-up advice",
    ...overrides,
  };
}

const guitarProfile: DigitalProfileInput = {
  media: ["Guitarrista magazine", "«Luthiers» podcast"],
  keywords: ["handmade guitar", "guitarra artesanal Sevilla"],
  needs: "A guitar with its own voice that does not cost a collector's price",
  painPoints: "Factory guitars feel the same; nobody adjusts them to how they play",
};

/** Ready-made channels are stored by code, the owner's own by name. */
const guitarChannels = (): ChannelInput[] => ["instagram", "youtube", "Mastodon 🎸"].map((name) => ({ id: randomUUID(), name }));

const asInput = (view: CompetitorsStepView): CompetitorsStepInput => ({
  version: view.version,
  competitors: view.competitors,
  digitalProfile: view.digitalProfile,
  channels: view.channels,
});

/** Competitors as values only: server ids differ from the browser's keys for new rows. */
const byValue = (list: readonly CompetitorInput[]) =>
  list.map((c) => {
    const fields: Partial<CompetitorInput> = { ...c };
    delete fields.id;
    return fields;
  });

/** Everything step 2 stores for a project. */
async function snapshot(db: Database, projectId: string) {
  return {
    step: await readStepRow(db, projectId, COMPETITORS_STEP, ["version", "completed", "missing"]),
    competitors: await db.select().from(competitors).where(eq(competitors.projectId, projectId)).orderBy(competitors.position),
    profile: await db.select().from(digitalProfiles).where(eq(digitalProfiles.projectId, projectId)),
  };
}

describeEachDatabase("step 2: competitors and digital profile", (getConnection) => {
  const db = () => getConnection().db;

  async function guitarShop() {
    const owner = await createTestUser(db());
    const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "Hand-made guitars" } });
    return { owner, projectId };
  }

  /** A guitar shop whose step 2 is saved once with one competitor and the full profile. */
  async function savedGuitarShop(name = "A") {
    const shop = await guitarShop();
    const saved = await saveCompetitorsStep({
      actor: shop.owner,
      projectId: shop.projectId,
      values: { version: 0, competitors: [competitor(name)], digitalProfile: guitarProfile, channels: guitarChannels() },
    });
    return { ...shop, saved };
  }

  it("starts empty, with nothing saved yet", async () => {
    const { owner, projectId } = await guitarShop();
    const step = await getCompetitorsStep({ actor: owner, projectId });
    expect(step).toMatchObject({ version: 0, competitors: [], digitalProfile: EMPTY_DIGITAL_PROFILE, channels: [] });
    expect(step.meta).toMatchObject({ version: 0, completed: false, isNew: true, updatedByName: null });
  });

  it("saves competitors and the profile and reads back exactly what was saved", async () => {
    const { owner, projectId } = await guitarShop();
    const values: CompetitorsStepInput = {
      version: 0,
      competitors: [
        competitor("Big online instrument store"),
        competitor("Local music shop chain", { website: "", revenueModel: "", notes: "Three shops in the city; lessons upstairs" }),
      ],
      digitalProfile: guitarProfile,
      channels: guitarChannels(),
    };
    const saved = await saveCompetitorsStep({ actor: owner, projectId, values });
    expect(saved.version).toBe(1);
    expect(byValue(saved.competitors)).toEqual(byValue(values.competitors));
    expect(saved.digitalProfile).toEqual(guitarProfile);
    expect(saved.channels.map((c) => c.name)).toEqual(["instagram", "youtube", "Mastodon 🎸"]);
    expect(saved.meta).toMatchObject({ completed: true, isNew: false });
    expect(saved.meta.updatedByName).toMatch(/^Test user/);
    const read = await getCompetitorsStep({ actor: owner, projectId });
    expect(read).toEqual(saved);
  });

  it("updates kept rows in place, removes the rest, inserts new ones, and keeps the new order", async () => {
    const { owner, projectId } = await guitarShop();
    const first = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        competitors: [competitor("A"), competitor("B"), competitor("C")],
        digitalProfile: guitarProfile,
        channels: guitarChannels(),
      },
    });
    const [a, , c] = first.competitors as [CompetitorInput, CompetitorInput, CompetitorInput];
    const fresh = competitor("D");
    const second = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: { ...asInput(first), competitors: [{ ...c, notes: "Edited" }, fresh, a] },
    });
    expect(second.competitors.map((x) => x.name)).toEqual(["C", "D", "A"]);
    expect(second.competitors[0]).toEqual({ ...c, notes: "Edited" });
    expect(second.competitors[2]!.id).toBe(a.id);
    expect(second.competitors[1]!.id).not.toBe(fresh.id);
    expect(await db().select({ id: competitors.id }).from(competitors).where(eq(competitors.projectId, projectId))).toHaveLength(3);

    const emptied = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: { version: second.version, competitors: [], digitalProfile: EMPTY_DIGITAL_PROFILE, channels: [] },
    });
    expect(emptied).toMatchObject({ competitors: [], digitalProfile: EMPTY_DIGITAL_PROFILE });
    expect(await db().select().from(digitalProfiles).where(eq(digitalProfiles.projectId, projectId))).toHaveLength(1);
  });

  it("records what is missing until the step is complete", async () => {
    const { owner, projectId } = await guitarShop();
    const partial = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        competitors: [competitor("Local music shop chain", { channels: "" })],
        digitalProfile: { ...EMPTY_DIGITAL_PROFILE, keywords: ["luthier"] },
        channels: [],
      },
    });
    expect(partial.meta.completed).toBe(false);
    expect((await snapshot(db(), projectId)).step!.missing).toEqual([
      { code: "competitorWithoutChannels", name: "Local music shop chain" },
      { code: "noSocialNetworks" },
      { code: "noNeeds" },
      { code: "noPainPoints" },
    ]);
    const done = await saveCompetitorsStep({
      actor: owner,
      projectId,
      values: {
        ...asInput(partial),
        competitors: [{ ...partial.competitors[0]!, channels: "Shop window" }],
        digitalProfile: guitarProfile,
        channels: guitarChannels(),
      },
    });
    expect(done.meta.completed).toBe(true);
    expect((await snapshot(db(), projectId)).step!.missing).toEqual([]);
  });

  it("refuses a save on top of a newer version and changes nothing", async () => {
    const { owner, projectId, saved } = await savedGuitarShop();
    const before = await snapshot(db(), projectId);
    const error = await expectAppError(
      saveCompetitorsStep({
        actor: owner,
        projectId,
        values: { version: 0, competitors: [competitor("Stale")], digitalProfile: EMPTY_DIGITAL_PROFILE, channels: [] },
      }),
      "conflict",
    );
    expect(error.details).toEqual({ currentVersion: saved.version });
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("gives a stranger not_found, a mentor forbidden, an editor the right to save", async () => {
    const { projectId, saved } = await savedGuitarShop();
    const before = await snapshot(db(), projectId);
    const stranger = await createTestUser(db());
    await createProject({ actor: stranger, details: { name: "Mine", description: "" } });
    await expectAppError(getCompetitorsStep({ actor: stranger, projectId }), "not_found");
    await expectAppError(saveCompetitorsStep({ actor: stranger, projectId, values: asInput(saved) }), "not_found");
    await expectAppError(saveCompetitorsStep({ actor: stranger, projectId: "not-a-uuid", values: asInput(saved) }), "not_found");

    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    expect((await getCompetitorsStep({ actor: mentor, projectId })).competitors).toHaveLength(1);
    await expectAppError(saveCompetitorsStep({ actor: mentor, projectId, values: { ...asInput(saved), competitors: [] } }), "forbidden");
    expect(await snapshot(db(), projectId)).toEqual(before);

    const editor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: editor.id, role: "editor" });
    const edited = await saveCompetitorsStep({ actor: editor, projectId, values: { ...asInput(saved), competitors: [] } });
    expect(edited.competitors).toEqual([]);
  });

  it("treats another project's competitor or channel id as a new row and leaves theirs alone", async () => {
    const mine = await guitarShop();
    const { saved: theirSaved, ...theirs } = await savedGuitarShop("Theirs");
    const theirCompetitor = theirSaved.competitors[0]!;
    const theirChannel = theirSaved.channels[0]!;
    const saved = await saveCompetitorsStep({
      actor: mine.owner,
      projectId: mine.projectId,
      values: {
        version: 0,
        competitors: [{ ...theirCompetitor, name: "Hijack attempt" }],
        digitalProfile: EMPTY_DIGITAL_PROFILE,
        channels: [{ ...theirChannel, name: "Hijacked channel" }],
      },
    });
    expect(saved.competitors[0]!.id).not.toBe(theirCompetitor.id);
    expect(saved.channels[0]).toMatchObject({ name: "Hijacked channel" });
    expect(saved.channels[0]!.id).not.toBe(theirChannel.id);
    expect(await getCompetitorsStep({ actor: theirs.owner, projectId: theirs.projectId })).toEqual(theirSaved);
  });

  it("leaves other projects' rows alone when a project removes all its competitors", async () => {
    const mine = await guitarShop();
    const { saved: theirSaved, ...theirs } = await savedGuitarShop("Theirs");
    await saveCompetitorsStep({
      actor: mine.owner,
      projectId: mine.projectId,
      values: { version: 0, competitors: [], digitalProfile: EMPTY_DIGITAL_PROFILE, channels: [] },
    });
    expect(await getCompetitorsStep({ actor: theirs.owner, projectId: theirs.projectId })).toEqual(theirSaved);
  });
});
