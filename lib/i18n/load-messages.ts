import type { Locale } from "./locales";

// Core messages plus one file per wizard step (and per collaboration feature), so each step's copy can be edited on its
// own; static imports keep them in the server bundle.
const sources = {
  en: () =>
    Promise.all([
      import("./messages/en.json"),
      import("./messages/steps/competitors.en.json"),
      import("./messages/steps/demographics.en.json"),
      import("./messages/steps/personas.en.json"),
      import("./messages/steps/integration.en.json"),
      import("./messages/steps/plan.en.json"),
      import("./messages/steps/members.en.json"),
      import("./messages/steps/comments.en.json"),
      import("./messages/steps/export.en.json"),
      import("./messages/steps/export-docx.en.json"),
      import("./messages/steps/account.en.json"),
    ]),
  es: () =>
    Promise.all([
      import("./messages/es.json"),
      import("./messages/steps/competitors.es.json"),
      import("./messages/steps/demographics.es.json"),
      import("./messages/steps/personas.es.json"),
      import("./messages/steps/integration.es.json"),
      import("./messages/steps/plan.es.json"),
      import("./messages/steps/members.es.json"),
      import("./messages/steps/comments.es.json"),
      import("./messages/steps/export.es.json"),
      import("./messages/steps/export-docx.es.json"),
      import("./messages/steps/account.es.json"),
    ]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const modules = await sources[locale]();
  return Object.assign({}, ...modules.map((m) => m.default)) as Messages;
}
