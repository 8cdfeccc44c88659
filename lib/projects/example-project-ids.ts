import type { Locale } from "@/lib/i18n/locales";

/**
 * The example project (the handmade guitar shop), one per language, at fixed ids so that every
 * instance finds the same rows and creating it twice is a no-op. Nobody is a member of it:
 * anyone signed in reads it as a "viewer" (db/queries/access.ts), and no one can change it.
 */
export const EXAMPLE_PROJECT_IDS: Readonly<Record<Locale, string>> = {
  es: "e0a1e5e0-0000-4000-8000-000000000e50",
  en: "e0a1e5e0-0000-4000-8000-000000000e70",
};

export function isExampleProject(projectId: string): boolean {
  return Object.values(EXAMPLE_PROJECT_IDS).includes(projectId);
}

/** The language whose example sits at `projectId`, or undefined for any other project. */
export function exampleProjectLocale(projectId: string): Locale | undefined {
  return (Object.keys(EXAMPLE_PROJECT_IDS) as Locale[]).find((locale) => EXAMPLE_PROJECT_IDS[locale] === projectId);
}
