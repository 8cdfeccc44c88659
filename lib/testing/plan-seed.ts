import type { Database } from "@/db/connect";
import {
  campaignPersonas,
  campaigns,
  categories,
  competitors,
  contentIdeas,
  digitalProfiles,
  journeyStages,
  offerings,
  personas,
  projectChannels,
  projectMembers,
  projects,
  projectSteps,
  socialPlans,
  targetProfiles,
} from "@/db/schema";
import { DECISION_ROLES } from "@/lib/validation/personas-step";
import { DEFAULT_STAGE_NAMES } from "@/lib/validation/journey";
import type { MissingItem } from "@/lib/wizard/missing";

export interface PlanSize {
  offerings: number;
  personasPerOffering: number;
  contentIdeas: number;
  socialPlans: number;
  campaigns: number;
}

/** The size the plan overview is measured at: a busy small business, not a toy. */
export const LARGE_PLAN: PlanSize = { offerings: 12, personasPerOffering: 4, contentIdeas: 100, socialPlans: 50, campaigns: 24 };

const NETWORKS = ["Instagram", "TikTok", "YouTube", "LinkedIn", "Facebook"];
const CHANNELS = ["Instagram Ads", "Google Ads", "Local radio", "Music magazine"];
const PERSONA_CHANNELS = ["Instagram", "Music school"];
const FORMATS = ["Short video", "Blog post", "Newsletter", "Live workshop"];

/** A realistic handmade-guitar-shop plan of the given size, written straight to the tables. */
export async function seedPlan(
  db: Database,
  { ownerId, size, name = "Guitarras Lorca" }: { ownerId: string; size: PlanSize; name?: string },
) {
  const [project] = await db
    .insert(projects)
    .values({ name, description: "Hand-made guitars from a small workshop" })
    .returning({ id: projects.id });
  const projectId = project!.id;
  await db.insert(projectMembers).values({ projectId, userId: ownerId, role: "owner" });
  await db.insert(projectSteps).values(
    [1, 2, 3, 4, 5].map((step) => ({
      projectId,
      step,
      version: 1,
      completed: step !== 5,
      missing: step === 5 ? [{ code: "noCampaigns" } satisfies MissingItem<"integration">] : [],
    })),
  );

  // The ready-made journey every new project gets (createProject), in its order.
  const stageRows = await db
    .insert(journeyStages)
    .values(DEFAULT_STAGE_NAMES.map((stageName, position) => ({ projectId, name: stageName, position })))
    .returning({ id: journeyStages.id });
  const stageAt = (i: number) => stageRows[i % stageRows.length]!.id;

  const categoryRows = await db
    .insert(categories)
    .values(["Guitars", "Repairs", "Lessons"].map((categoryName, position) => ({ projectId, name: categoryName, position })))
    .returning({ id: categories.id });
  const offeringRows = await db
    .insert(offerings)
    .values(
      Array.from({ length: size.offerings }, (_, i) => ({
        projectId,
        categoryId: categoryRows[i % categoryRows.length]!.id,
        name: `Offering ${i + 1}`,
        definition: `What offering ${i + 1} is and what the customer receives`,
        objective: "Bring steady revenue through the year",
        weight: (i % 5) + 1,
        revenueShare: i % 3 === 0 ? 20 : null,
        tier: (["core", "growth", "complementary"] as const)[i % 3],
        audience: "Guitarists who want an instrument built for them",
        position: i,
      })),
    )
    .returning({ id: offerings.id });

  // The project's channels, entered once; personas, plans and campaigns point at them by id.
  const channelNames = [...new Set([...NETWORKS, ...PERSONA_CHANNELS, ...CHANNELS])];
  const channelRows = await db
    .insert(projectChannels)
    .values(channelNames.map((name, position) => ({ projectId, name, position })))
    .returning({ id: projectChannels.id, name: projectChannels.name });
  const channelId = (name: string) => channelRows.find((c) => c.name === name)!.id;

  const personaValues = offeringRows.flatMap((offering, o) =>
    Array.from({ length: size.personasPerOffering }, (_, p) => ({
      projectId,
      offeringId: offering.id,
      name: `Persona ${o + 1}.${p + 1}`,
      description: "Plays every weekend and saves for a better instrument",
      ageMin: 20 + p,
      ageMax: 40 + p,
      gender: "Any",
      location: "Seville",
      occupation: "Teacher",
      generation: "millennials",
      goals: ["Play live", "Record an album"],
      jobs: ["Choose a guitar"],
      pains: ["Buzzing frets"],
      gains: ["A warm tone"],
      needs: "A playable guitar",
      motivations: "Pride in craft",
      ideals: "Sounding like their heroes",
      // Every other persona plays two parts, so the plan shows a joined list as well as a single role.
      decisionRoles: DECISION_ROLES.filter((_, r) => r === p % 5 || (p % 2 === 1 && r === (p + 1) % 5)),
      needsIntermediary: p % 2 === 0,
      channelIds: PERSONA_CHANNELS.map(channelId),
      attractingContent: "Workshop videos",
      objections: "Price; monthly payments would help",
      position: p,
    })),
  );
  const personaRows = personaValues.length ? await db.insert(personas).values(personaValues).returning({ id: personas.id }) : [];
  const personaAt = (i: number) => personaRows[i % personaRows.length]!.id;

  await db.insert(competitors).values(
    ["Big music chain", "Online marketplace", "Another luthier"].map((competitorName, position) => ({
      projectId,
      name: competitorName,
      website: `https://competitor-${position + 1}.example`,
      overlap: "Acoustic guitars",
      revenueModel: "Sales and financing",
      channels: "Search ads, YouTube reviews",
      notes: "Strong on price, weak on service",
      position,
    })),
  );
  await db.insert(digitalProfiles).values({
    projectId,
    media: ["Guitar magazines", "Forums"],
    keywords: ["handmade guitar", "luthier Seville"],
    needs: "An instrument that lasts",
    painPoints: "Mass-made guitars sound alike",
  });
  await db.insert(targetProfiles).values({
    projectId,
    ageMin: 18,
    ageMax: 65,
    generations: ["millennials", "gen_x"],
    genders: ["Any"],
    locations: ["Andalusia"],
    household: "Singles and young families",
    occupation: "Professionals and students",
    economicLevel: "Middle",
    educationLevel: "Secondary or higher",
    languages: ["Spanish", "English"],
    valuesAndCustoms: "Value craft and local makers",
  });

  if (personaRows.length && size.contentIdeas) {
    await db.insert(contentIdeas).values(
      Array.from({ length: size.contentIdeas }, (_, i) => ({
        projectId,
        personaId: personaAt(i),
        topic: `Content idea ${i + 1}`,
        format: FORMATS[i % FORMATS.length]!,
        stageId: stageAt(i),
        addresses: "Fear of buying a guitar that buzzes",
        plannedOn: `2026-${String((i % 12) + 1).padStart(2, "0")}-15`,
        position: i,
      })),
    );
  }
  if (personaRows.length && size.socialPlans) {
    await db.insert(socialPlans).values(
      Array.from({ length: size.socialPlans }, (_, i) => ({
        projectId,
        personaId: personaAt(i),
        channelId: channelId(NETWORKS[Math.floor(i / personaRows.length) % NETWORKS.length]!),
        purpose: "Show the workshop, answer questions",
        frequency: "Twice a week",
        tone: "Warm and expert",
        position: i,
      })),
    );
  }
  if (offeringRows.length && size.campaigns) {
    const campaignRows = await db
      .insert(campaigns)
      .values(
        Array.from({ length: size.campaigns }, (_, i) => ({
          projectId,
          offeringId: offeringRows[i % offeringRows.length]!.id,
          kind: i % 2 === 0 ? ("launch" as const) : ("promotion" as const),
          channelId: channelId(CHANNELS[i % CHANNELS.length]!),
          budgetCents: (i + 1) * 10_000 + 50,
          currency: i % 3 === 2 ? "USD" : "EUR",
          startsOn: "2026-03-01",
          endsOn: "2026-04-30",
          objective: "Sell the first units",
          successMetric: "20 sales",
          // Every other campaign names the stage it serves.
          stageId: i % 2 === 0 ? stageAt(2) : null,
          position: i,
        })),
      )
      .returning({ id: campaigns.id, offeringId: campaigns.offeringId });
    const firstPersonaOf = new Map<string, string>();
    personaValues.forEach((p, i) => {
      if (!firstPersonaOf.has(p.offeringId)) firstPersonaOf.set(p.offeringId, personaRows[i]!.id);
    });
    const links = campaignRows.flatMap((c) => {
      const personaId = firstPersonaOf.get(c.offeringId);
      return personaId ? [{ campaignId: c.id, personaId }] : [];
    });
    if (links.length) await db.insert(campaignPersonas).values(links);
  }
  return { projectId };
}
