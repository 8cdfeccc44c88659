import type { Locale } from "./locales";
import { mergeMessageFiles, type MessageFile } from "./merge-message-files";

// Core messages plus one file per wizard step (and per collaboration feature), so each step's copy can be edited on its
// own; static imports keep them in the server bundle. Each file is named so that a namespace defined twice says where.
const catalogue = {
  en: () => ({
    "en.json": import("./messages/en.json"),
    "steps/competitors.en.json": import("./messages/steps/competitors.en.json"),
    "steps/demographics.en.json": import("./messages/steps/demographics.en.json"),
    "steps/personas.en.json": import("./messages/steps/personas.en.json"),
    "steps/evidence.en.json": import("./messages/steps/evidence.en.json"),
    "steps/integration.en.json": import("./messages/steps/integration.en.json"),
    "steps/plan.en.json": import("./messages/steps/plan.en.json"),
    "steps/members.en.json": import("./messages/steps/members.en.json"),
    "steps/comments.en.json": import("./messages/steps/comments.en.json"),
    "steps/notifications.en.json": import("./messages/steps/notifications.en.json"),
    "steps/export.en.json": import("./messages/steps/export.en.json"),
    "steps/export-docx.en.json": import("./messages/steps/export-docx.en.json"),
    "steps/account.en.json": import("./messages/steps/account.en.json"),
    "steps/my-data.en.json": import("./messages/steps/my-data.en.json"),
    "steps/landing.en.json": import("./messages/steps/landing.en.json"),
    "steps/autosave.en.json": import("./messages/steps/autosave.en.json"),
    "steps/channels.en.json": import("./messages/steps/channels.en.json"),
    "steps/kinds.en.json": import("./messages/steps/kinds.en.json"),
    "steps/examples.en.json": import("./messages/steps/examples.en.json"),
    "steps/jargon.en.json": import("./messages/steps/jargon.en.json"),
    "steps/fit.en.json": import("./messages/steps/fit.en.json"),
    "steps/plan-journey.en.json": import("./messages/steps/plan-journey.en.json"),
    "steps/customers.en.json": import("./messages/steps/customers.en.json"),
    "steps/customer-draft.en.json": import("./messages/steps/customer-draft.en.json"),
    "steps/share-links.en.json": import("./messages/steps/share-links.en.json"),
    "steps/coach.en.json": import("./messages/steps/coach.en.json"),
    "steps/password-reset.en.json": import("./messages/steps/password-reset.en.json"),
    "steps/email-change.en.json": import("./messages/steps/email-change.en.json"),
    "steps/example.en.json": import("./messages/steps/example.en.json"),
    "steps/versions.en.json": import("./messages/steps/versions.en.json"),
  }),
  es: () => ({
    "es.json": import("./messages/es.json"),
    "steps/competitors.es.json": import("./messages/steps/competitors.es.json"),
    "steps/demographics.es.json": import("./messages/steps/demographics.es.json"),
    "steps/personas.es.json": import("./messages/steps/personas.es.json"),
    "steps/evidence.es.json": import("./messages/steps/evidence.es.json"),
    "steps/integration.es.json": import("./messages/steps/integration.es.json"),
    "steps/plan.es.json": import("./messages/steps/plan.es.json"),
    "steps/members.es.json": import("./messages/steps/members.es.json"),
    "steps/comments.es.json": import("./messages/steps/comments.es.json"),
    "steps/notifications.es.json": import("./messages/steps/notifications.es.json"),
    "steps/export.es.json": import("./messages/steps/export.es.json"),
    "steps/export-docx.es.json": import("./messages/steps/export-docx.es.json"),
    "steps/account.es.json": import("./messages/steps/account.es.json"),
    "steps/my-data.es.json": import("./messages/steps/my-data.es.json"),
    "steps/landing.es.json": import("./messages/steps/landing.es.json"),
    "steps/autosave.es.json": import("./messages/steps/autosave.es.json"),
    "steps/channels.es.json": import("./messages/steps/channels.es.json"),
    "steps/kinds.es.json": import("./messages/steps/kinds.es.json"),
    "steps/examples.es.json": import("./messages/steps/examples.es.json"),
    "steps/jargon.es.json": import("./messages/steps/jargon.es.json"),
    "steps/fit.es.json": import("./messages/steps/fit.es.json"),
    "steps/plan-journey.es.json": import("./messages/steps/plan-journey.es.json"),
    "steps/customers.es.json": import("./messages/steps/customers.es.json"),
    "steps/customer-draft.es.json": import("./messages/steps/customer-draft.es.json"),
    "steps/share-links.es.json": import("./messages/steps/share-links.es.json"),
    "steps/coach.es.json": import("./messages/steps/coach.es.json"),
    "steps/password-reset.es.json": import("./messages/steps/password-reset.es.json"),
    "steps/email-change.es.json": import("./messages/steps/email-change.es.json"),
    "steps/example.es.json": import("./messages/steps/example.es.json"),
    "steps/versions.es.json": import("./messages/steps/versions.es.json"),
  }),
} satisfies Record<Locale, () => Record<string, Promise<{ default: object }>>>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type EnglishFiles = ReturnType<typeof catalogue.en>;
type Merged = UnionToIntersection<Awaited<EnglishFiles[keyof EnglishFiles]>["default"]>;

/**
 * The whole catalogue's shape, from the English files (messages-parity.test.ts keeps the
 * Spanish ones in step). next-intl's AppConfig reads it, so every message key is checked.
 */
export type Messages = { [Namespace in keyof Merged]: Merged[Namespace] };

export async function loadMessages(locale: Locale): Promise<Messages> {
  const files = await Promise.all(
    Object.entries(catalogue[locale]()).map(async ([file, module]): Promise<MessageFile> => ({ file, messages: (await module).default })),
  );
  return mergeMessageFiles(files) as Messages;
}
