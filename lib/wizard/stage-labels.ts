import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/steps/plan.en.json";
import es from "@/lib/i18n/messages/steps/plan.es.json";
import { stageName } from "@/lib/validation/journey";
import type { JourneyStage } from "./journey-stages";

const LABELS: Record<Locale, Record<JourneyStage, string>> = {
  en: en.plan.stages,
  es: es.plan.stages,
};

/**
 * A stored stage name as a reader of `locale` reads it, for code that has a locale but no
 * translator (the plan overview that the plan page and every download read).
 */
export function stageNameIn(locale: Locale, name: string): string {
  return stageName(name, (code) => LABELS[locale][code]);
}
