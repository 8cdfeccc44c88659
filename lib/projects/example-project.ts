import type { Locale } from "@/lib/i18n/locales";
import { newId } from "@/lib/uuid";
import { exampleStages, type ExampleContent, type ExampleIds } from "./example/content";
import { marketEn } from "./example/en-market";
import { personasEn } from "./example/en-personas";
import { PLAN_EN } from "./example/en-plan";
import { marketEs } from "./example/es-market";
import { personasEs } from "./example/es-personas";
import { PLAN_ES } from "./example/es-plan";
import { examplePlan } from "./example/plan";

const WRITTEN: Record<
  Locale,
  { name: string; description: string; parts: (id: ExampleIds) => Omit<ExampleContent, "name" | "description" | "stages"> }
> = {
  en: {
    name: "Lorca Guitars (example)",
    description: "A small workshop in Seville that builds and repairs guitars by hand",
    parts: (id) => {
      const personas = personasEn(id);
      return { ...marketEn(id), personas, integration: examplePlan(id, personas, PLAN_EN) };
    },
  },
  es: {
    name: "Guitarras Lorca (ejemplo)",
    description: "Un pequeño taller de Sevilla que construye y repara guitarras a mano",
    parts: (id) => {
      const personas = personasEs(id);
      return { ...marketEs(id), personas, integration: examplePlan(id, personas, PLAN_ES) };
    },
  },
};

/** One fresh uuid per key, the same one each time the key is asked for again. */
export function freshExampleIds(): ExampleIds {
  const ids = new Map<string, string>();
  return (key) => {
    if (!ids.has(key)) ids.set(key, newId());
    return ids.get(key)!;
  };
}

/**
 * The handmade guitar shop of the method's worked examples, every step answered, in one language:
 * two guitars for two generations of players and a repair service, a persona for each (plus the
 * teacher who steers the student), their journeys, and a plan whose every action names them.
 */
export function exampleContent(locale: Locale, id: ExampleIds = freshExampleIds()): ExampleContent {
  const { name, description, parts } = WRITTEN[locale];
  return { name, description, stages: exampleStages(id), ...parts(id) };
}
