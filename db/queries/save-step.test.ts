import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { countingConnection } from "@/lib/testing/query-counter";
import { EMPTY_DIGITAL_PROFILE } from "@/lib/validation/competitors-step";
import { blankCampaign, blankContentIdea, blankSocialPlan, type IntegrationStepInput } from "@/lib/validation/integration-step";
import { blankOffering, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { blankPersona, type PersonasStepInput } from "@/lib/validation/personas-step";
import type { Actor } from "./access";
import { saveCompetitorsStep } from "./competitors-step";
import { saveIntegrationStep } from "./integration-step";
import { saveOfferingsStep } from "./offerings-step";
import { savePersonasStep } from "./personas-step";
import { createProject } from "./projects";

const SIZES = [1, 12] as const;
const OFFERINGS = 12;

function offeringsStep(count: number, label: string): OfferingsStepInput {
  const categoryId = randomUUID();
  return {
    version: 0,
    categories: [{ id: categoryId, name: "Guitars" }],
    offerings: Array.from({ length: count }, (_, i) => ({ ...blankOffering(randomUUID(), categoryId), name: `${label} ${i + 1}` })),
  };
}

/** A list save as the engine sees it: rows with ids, new ones made up by the browser. */
type Lists = Record<string, { id: string }[]>;

/** One step of a project, saved through its public save function. */
interface StepUnderTest {
  /** `size` fresh rows in every list the step has. */
  fresh: (size: number) => Lists;
  /** Saves and answers with the saved version and the lists as stored. */
  save: (version: number, lists: Lists) => Promise<{ version: number; lists: Lists }>;
}

/** A guitar shop: step 1 with 12 offerings, step 2 with 12 channels and, when asked, step 4 with one persona each. */
async function guitarShop(db: Parameters<typeof createTestUser>[0], withPersonas: boolean) {
  const owner: Actor = await createTestUser(db);
  const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
  const step1 = await saveOfferingsStep({ actor: owner, projectId, values: offeringsStep(OFFERINGS, "Guitar") });
  const offeringIds = step1.offerings.map((o) => o.id);
  const step2 = await saveCompetitorsStep({
    actor: owner,
    projectId,
    values: {
      version: 0,
      competitors: [],
      digitalProfile: EMPTY_DIGITAL_PROFILE,
      channels: Array.from({ length: OFFERINGS }, (_, i) => ({ id: randomUUID(), name: `Channel ${i + 1}` })),
    },
  });
  const channelIds = step2.channels.map((c) => c.id);
  const personas = offeringIds.map((id, i) => ({ ...blankPersona(randomUUID(), id), name: `Persona ${i + 1}` }));
  const step4 = withPersonas ? await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas } }) : undefined;
  return {
    owner,
    projectId,
    offeringIds,
    channelIds,
    personaIds: step4?.personas.map((p) => p.id) ?? [],
    stageIds: step4?.stages.map((s) => s.id) ?? [],
  };
}

const STEPS: Record<string, (db: Parameters<typeof createTestUser>[0]) => Promise<StepUnderTest>> = {
  "step 1 (offerings)": async (db) => {
    const owner = await createTestUser(db);
    const projectId = await createProject({ actor: owner, details: { name: "Panadería", description: "" } });
    return {
      fresh: (size) => {
        const { categories, offerings } = offeringsStep(size, "Loaf");
        return { categories, offerings };
      },
      save: async (version, lists) => {
        const saved = await saveOfferingsStep({ actor: owner, projectId, values: { version, ...lists } as OfferingsStepInput });
        return { version: saved.version, lists: { categories: saved.categories, offerings: saved.offerings } };
      },
    };
  },
  "step 4 (personas)": async (db) => {
    const { owner, projectId, offeringIds, channelIds } = await guitarShop(db, false);
    return {
      fresh: (size) => ({
        personas: Array.from({ length: size }, (_, i) => ({
          ...blankPersona(randomUUID(), offeringIds[i % OFFERINGS]!),
          name: `P${i}`,
          channelIds: [channelIds[i % OFFERINGS]!, channelIds[(i + 1) % OFFERINGS]!],
        })),
      }),
      save: async (version, lists) => {
        const saved = await savePersonasStep({ actor: owner, projectId, values: { version, ...lists } as PersonasStepInput });
        return { version: saved.version, lists: { personas: saved.personas } };
      },
    };
  },
  "step 5 (integration)": async (db) => {
    const { owner, projectId, offeringIds, channelIds, personaIds, stageIds } = await guitarShop(db, true);
    const personaId = (i: number) => personaIds[i % OFFERINGS]!;
    const channelId = (i: number) => channelIds[i % OFFERINGS]!;
    return {
      fresh: (size) => ({
        contentIdeas: Array.from({ length: size }, (_, i) => ({
          ...blankContentIdea(randomUUID(), personaId(i), stageIds[i % stageIds.length]),
          topic: `Idea ${i}`,
        })),
        socialPlans: Array.from({ length: size }, (_, i) => ({ ...blankSocialPlan(randomUUID(), personaId(i)), channelId: channelId(i) })),
        campaigns: Array.from({ length: size }, (_, i) => ({
          ...blankCampaign(randomUUID()),
          offeringId: offeringIds[i % OFFERINGS]!,
          personaIds: [personaId(i), personaId(i + 1)],
          channelId: channelId(i),
          budget: "100",
        })),
      }),
      save: async (version, lists) => {
        const {
          version: saved,
          contentIdeas,
          socialPlans,
          campaigns,
        } = await saveIntegrationStep({
          actor: owner,
          projectId,
          values: { version, ...lists } as IntegrationStepInput,
        });
        return { version: saved, lists: { contentIdeas, socialPlans, campaigns } };
      },
    };
  },
};

/** Every list of `saved` edited: the first row of each removed, the others kept, one new row added. */
function edited(saved: Lists, fresh: Lists): Lists {
  return Object.fromEntries(
    Object.keys(fresh).map((list) => {
      // Categories stay whole, since the kept offerings point at them; the new offering gets a new one.
      if (list === "categories") return [list, [...saved[list]!, fresh[list]![0]!]];
      return [list, [...saved[list]!.slice(1), fresh[list]![0]!]];
    }),
  );
}

describeEachDatabase("a step save", (getConnection, kind) => {
  for (const [name, setUp] of Object.entries(STEPS)) {
    it(`sends as many statements for ${name} with 12 rows per list as with 1`, async () => {
      const bySize: Record<string, number>[] = [];
      for (const size of SIZES) {
        const step = await setUp(getConnection().db);
        const counting = await countingConnection(getConnection());
        setConnectionForTests(counting.connection);
        const count = async (version: number, lists: Lists) => {
          counting.queries.length = 0;
          const saved = await step.save(version, lists);
          return { saved, statements: counting.queries.length };
        };
        // All new rows; then edits with one row removed and one added; then every row replaced.
        const created = await count(0, step.fresh(size + 1));
        const edits = await count(created.saved.version, edited(created.saved.lists, step.fresh(1)));
        const replaced = await count(edits.saved.version, step.fresh(size));
        bySize.push({ created: created.statements, edited: edits.statements, replaced: replaced.statements });
        setConnectionForTests(getConnection());
      }
      // Inside the transaction; BEGIN and COMMIT are two round trips more.
      console.log(`[save-step] ${kind}: ${name} statements per save (1 row, 12 rows): ${JSON.stringify(bySize)}`);
      expect(bySize[1]).toEqual(bySize[0]);
    });
  }
});
