"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DuplicateProjectDialog } from "./duplicate-project-dialog";

/**
 * Above every page of the example project: says that nothing here can be changed, and offers the
 * one thing a visitor can do with it, a copy of their own.
 */
export function ExampleBanner({ project }: { project: { id: string; name: string } }) {
  const t = useTranslations("example");
  const [copying, setCopying] = useState(false);
  return (
    <section
      aria-labelledby="example-banner-title"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 print:hidden"
    >
      <div className="min-w-0 flex-1 space-y-1">
        <h2 id="example-banner-title" className="font-semibold">
          {t("bannerTitle")}
        </h2>
        <p className="text-sm text-slate-800">{t("bannerBody")}</p>
      </div>
      <Button onClick={() => setCopying(true)}>{t("copy")}</Button>
      <DuplicateProjectDialog
        project={project}
        open={copying}
        onClose={() => setCopying(false)}
        copyName={(name) => t("copyName", { name })}
      />
    </section>
  );
}
