import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// What every page's client components may need (header, error page, form messages).
const SHELL_NAMESPACES: (keyof Messages)[] = ["common", "errors", "locale", "errorPage"];

/**
 * Hands client components only the message namespaces they use: the whole catalogue,
 * serialised into every page, made the HTML about a third larger for nothing.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: (keyof Messages)[]; children: ReactNode }) {
  const all = await getMessages();
  const picked = Object.fromEntries([...SHELL_NAMESPACES, ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
