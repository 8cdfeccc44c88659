import type { MessageKeys, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";
import type { Messages } from "./load-messages";
import type { Locale } from "./locales";

// A plain .ts file rather than a .d.ts: skipLibCheck would skip a declaration file, so a
// broken import here would quietly turn every key back into a string.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

/** Any message's full key ("plan.stages.awareness"), for code that is handed a whole catalogue. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A namespace, at any depth ("plan", "plan.market"). */
export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** The keys under a namespace: `MessageKeyIn<"plan.market">` is "title" | "channels" | .... */
export type MessageKeyIn<Namespace extends MessageNamespace> = MessageKeys<
  NestedValueOf<Messages, Namespace>,
  NestedKeyOf<NestedValueOf<Messages, Namespace>>
>;
