import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { campaigns, competitors, contentIdeas, offerings, personas, projectChannels, projects, socialPlans } from "@/db/schema";
import { loadPlanExport } from "@/lib/export/load-plan-export";
import type { PlanExport } from "@/lib/export/plan-export";
import type { Locale } from "@/lib/i18n/locales";
import { createTestUser } from "./databases";
import { ensureStages, sampleJourney, setJourney } from "./journey-seed";
import { seedPlan, type PlanSize } from "./plan-seed";

/** The size issue 5 measures the downloads at. */
export const EXPORT_LARGE_PLAN: PlanSize = { offerings: 12, personasPerOffering: 4, contentIdeas: 200, socialPlans: 50, campaigns: 40 };
export const EXPORT_SMALL_PLAN: PlanSize = { offerings: 2, personasPerOffering: 1, contentIdeas: 3, socialPlans: 2, campaigns: 2 };

/**
 * Text users might type that a careless writer would run or reinterpret: HTML, Markdown
 * structure, spreadsheet formulas, emoji and right-to-left script. Every format must show
 * each one exactly as typed.
 */
export const HOSTILE = {
  script: "<script>alert(1)</script>",
  heading: "# Heading",
  formula: '=HYPERLINK("https://evil.example","click")',
  bold: "**bold**",
  emoji: "Guitarra 🎸 con ❤️",
  rtl: "שלום עולם مرحبا",
  plus: "+34 600 000 000",
  minus: "-10% off",
  at: "@handle",
  pipe: "a | b ` c",
  newline: "line one\nline two",
} as const;

/** When every test plan says it was prepared: a fixed instant, never today's date. */
export const EXPORT_NOW = new Date("2026-11-30T10:00:00Z");

/** The pain every fixture persona has and nothing answers: each format must print it among the unanswered. */
export const UNANSWERED_PAIN = "Prices out of reach";

/**
 * Seeds a plan of `size` for a new owner and reads it back as a download would. Every persona
 * gets a value map that answers two of its three essential and important pains and gains
 * (67 %), leaving UNANSWERED_PAIN open, with a motivation a competitor already offers; one
 * content idea and one campaign answer a pain, and with two personas or more the last is an
 * intermediary for the first. The first persona also maps its journey over the guitar shop's
 * six stages (lib/testing/journey-seed.ts: JOURNEY_WORDS), still a hypothesis. With
 * `hostile`, the first offering, persona, content idea, social plan and campaign carry the
 * strings above, so each writer's test can look for them. `reload` reads it again, for a
 * test that changed rows in the database: the plan model sorts and sums once, as it reads.
 */
export async function exportFixture(
  db: Database,
  {
    size,
    hostile = false,
    locale = "en",
    withComments = false,
    projectName = "Guitarras Lorca",
  }: { size: PlanSize; hostile?: boolean; locale?: Locale; withComments?: boolean; projectName?: string },
): Promise<{ data: PlanExport; projectId: string; ownerId: string; reload: () => Promise<PlanExport> }> {
  const owner = await createTestUser(db, { name: "Marta Gil" });
  const { projectId } = await seedPlan(db, { ownerId: owner.id, size, name: projectName });
  await addValuePropositions(db, projectId);
  await addJourney(db, projectId);
  if (hostile) await makeHostile(db, projectId);
  const reload = () => loadPlanExport({ actor: { id: owner.id }, projectId, locale, withComments, now: EXPORT_NOW });
  return { data: await reload(), projectId, ownerId: owner.id, reload };
}

async function firstId(
  db: Database,
  table: typeof offerings | typeof contentIdeas | typeof socialPlans | typeof campaigns,
  projectId: string,
) {
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.projectId, projectId)).orderBy(table.position).limit(1);
  return row?.id;
}

async function addValuePropositions(db: Database, projectId: string): Promise<void> {
  const rows = await db
    .select({ id: personas.id })
    .from(personas)
    .innerJoin(offerings, eq(offerings.id, personas.offeringId))
    .where(eq(personas.projectId, projectId))
    .orderBy(asc(offerings.position), asc(personas.position));
  if (!rows.length) return;
  const [rival] = await db
    .select({ id: competitors.id })
    .from(competitors)
    .where(eq(competitors.projectId, projectId))
    .orderBy(competitors.position);
  const entry = (kind: "product" | "reliever" | "creator", text: string, answers: string[], needs: string[] = []) => ({
    id: randomUUID(),
    kind,
    text,
    answers,
    needs,
  });
  await db
    .update(personas)
    .set({
      pains: ["Buzzing frets", UNANSWERED_PAIN],
      importance: { jobs: {}, pains: { [UNANSWERED_PAIN]: "essential" }, gains: {} },
      valueMap: [
        entry("product", "Fitting session", ["Choose a guitar"], ["A playable guitar"]),
        entry("reliever", "Free setup and fret levelling", ["Buzzing frets"]),
        entry("creator", "Hand-voiced top", ["A warm tone"]),
      ],
      motivationRivals: rival ? [{ motivation: "Pride in craft", competitorIds: [rival.id] }] : [],
    })
    .where(eq(personas.projectId, projectId));
  const first = rows[0]!.id;
  if (rows.length > 1)
    await db
      .update(personas)
      .set({ intermediaryFor: first })
      .where(eq(personas.id, rows.at(-1)!.id));
  await db
    .update(contentIdeas)
    .set({ addresses: "Buzzing frets", addressesKind: "pain" })
    .where(and(eq(contentIdeas.projectId, projectId), eq(contentIdeas.personaId, first)));
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.projectId, projectId))
    .orderBy(campaigns.position)
    .limit(1);
  if (campaign)
    await db
      .update(campaigns)
      .set({ answers: [{ personaId: first, kind: "pain", item: "Buzzing frets" }] })
      .where(eq(campaigns.id, campaign.id));
}

/**
 * The first persona in reading order (offering by offering). Personas of different offerings
 * share positions, so ordering by position alone would pick whichever row the database met first.
 */
async function firstPersonaId(db: Database, projectId: string): Promise<string | undefined> {
  const [first] = await db
    .select({ id: personas.id })
    .from(personas)
    .innerJoin(offerings, eq(offerings.id, personas.offeringId))
    .where(eq(personas.projectId, projectId))
    .orderBy(asc(offerings.position), asc(personas.position))
    .limit(1);
  return first?.id;
}

async function addJourney(db: Database, projectId: string): Promise<void> {
  const personaId = await firstPersonaId(db, projectId);
  if (!personaId) return;
  const stages = await ensureStages(db, projectId);
  await setJourney(db, personaId, sampleJourney(stages.map((s) => s.id)));
}

async function makeHostile(db: Database, projectId: string): Promise<void> {
  await db.update(projects).set({ description: HOSTILE.bold }).where(eq(projects.id, projectId));
  const offeringId = await firstId(db, offerings, projectId);
  if (offeringId)
    await db
      .update(offerings)
      .set({ name: HOSTILE.heading, definition: HOSTILE.newline, objective: HOSTILE.pipe })
      .where(eq(offerings.id, offeringId));
  const personaId = await firstPersonaId(db, projectId);
  if (personaId)
    await db
      .update(personas)
      .set({ name: HOSTILE.script, description: HOSTILE.rtl, goals: [HOSTILE.emoji, HOSTILE.bold], objections: HOSTILE.formula })
      .where(eq(personas.id, personaId));
  const ideaId = await firstId(db, contentIdeas, projectId);
  if (ideaId)
    await db
      .update(contentIdeas)
      .set({ topic: HOSTILE.formula, format: HOSTILE.at, addresses: HOSTILE.minus, addressesKind: null })
      .where(eq(contentIdeas.id, ideaId));
  const socialId = await firstId(db, socialPlans, projectId);
  if (socialId) await db.update(socialPlans).set({ purpose: HOSTILE.pipe, tone: HOSTILE.emoji }).where(eq(socialPlans.id, socialId));
  const campaignId = await firstId(db, campaigns, projectId);
  if (campaignId) {
    await db.update(campaigns).set({ objective: HOSTILE.script, successMetric: HOSTILE.formula }).where(eq(campaigns.id, campaignId));
    const [campaign] = await db.select({ channelId: campaigns.channelId }).from(campaigns).where(eq(campaigns.id, campaignId));
    // The channel's own name is what a campaign prints as its channel now.
    await db.update(projectChannels).set({ name: HOSTILE.plus }).where(eq(projectChannels.id, campaign!.channelId));
  }
}

/** Gives a stored campaign other dates; `reload` the fixture afterwards to read the plan as it now is. */
export async function setCampaignDates(db: Database, campaignId: string, startsOn: string | null, endsOn: string | null): Promise<void> {
  await db.update(campaigns).set({ startsOn, endsOn }).where(eq(campaigns.id, campaignId));
}
