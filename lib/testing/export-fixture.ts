import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { campaigns, contentIdeas, offerings, personas, projectChannels, projects, socialPlans } from "@/db/schema";
import { loadPlanExport } from "@/lib/export/load-plan-export";
import type { PlanExport } from "@/lib/export/plan-export";
import type { Locale } from "@/lib/i18n/locales";
import { createTestUser } from "./databases";
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

/**
 * Seeds a plan of `size` for a new owner and reads it back as a download would. With
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
  if (hostile) await makeHostile(db, projectId);
  const reload = () => loadPlanExport({ actor: { id: owner.id }, projectId, locale, withComments, now: EXPORT_NOW });
  return { data: await reload(), projectId, ownerId: owner.id, reload };
}

async function firstId(
  db: Database,
  table: typeof offerings | typeof personas | typeof contentIdeas | typeof socialPlans | typeof campaigns,
  projectId: string,
) {
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.projectId, projectId)).orderBy(table.position).limit(1);
  return row?.id;
}

async function makeHostile(db: Database, projectId: string): Promise<void> {
  await db.update(projects).set({ description: HOSTILE.bold }).where(eq(projects.id, projectId));
  const offeringId = await firstId(db, offerings, projectId);
  if (offeringId)
    await db
      .update(offerings)
      .set({ name: HOSTILE.heading, definition: HOSTILE.newline, objective: HOSTILE.pipe })
      .where(eq(offerings.id, offeringId));
  const personaId = await firstId(db, personas, projectId);
  if (personaId)
    await db
      .update(personas)
      .set({ name: HOSTILE.script, description: HOSTILE.rtl, goals: [HOSTILE.emoji, HOSTILE.bold], objections: HOSTILE.formula })
      .where(eq(personas.id, personaId));
  const ideaId = await firstId(db, contentIdeas, projectId);
  if (ideaId)
    await db
      .update(contentIdeas)
      .set({ topic: HOSTILE.formula, format: HOSTILE.at, addresses: HOSTILE.minus })
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
