import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { ProjectKind } from "@/lib/projects/kinds";

// What every page's client components may need (header, error page, form messages).
const SHELL_NAMESPACES: (keyof Messages)[] = ["common", "errors", "locale", "errorPage"];

/**
 * Hands client components only the message namespaces they use: the whole catalogue,
 * serialised into every page, made the HTML about a third larger for nothing.
 */
export async function ClientMessages({
  namespaces = [],
  examplesOf,
  children,
}: {
  namespaces?: (keyof Messages)[];
  /** The field examples of this kind of business only: all six sets would weigh about ten times more. */
  examplesOf?: ProjectKind;
  children: ReactNode;
}) {
  const all = await getMessages();
  const picked: Record<string, unknown> = Object.fromEntries(
    [...SHELL_NAMESPACES, ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]),
  );
  if (examplesOf) picked.examples = { [examplesOf]: all.examples[examplesOf] };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
