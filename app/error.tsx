"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Next gives a server error a digest instead of its message (which may hold private details);
// the same digest is in the server's log line (instrumentation.ts), so a user who quotes it
// can be helped.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      {error.digest ? (
        <p className="text-sm text-slate-600">{t.rich("reference", { digest: error.digest, code: (chunks) => <code>{chunks}</code> })}</p>
      ) : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
