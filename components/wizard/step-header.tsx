import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { StepMeta } from "@/db/queries/step-versions";

/** Title, lead text, what makes the step complete, and who saved it last. */
export async function StepHeader({
  title,
  lead,
  completeHint,
  meta,
}: {
  title: string;
  lead: ReactNode;
  completeHint?: string;
  meta: StepMeta;
}) {
  const t = await getTranslations("wizard");
  const format = await getFormatter();
  return (
    <div className="space-y-2">
      <h1 id="step-title" className="text-2xl font-bold">
        {title}
      </h1>
      <div className="max-w-3xl text-slate-700">{lead}</div>
      {completeHint ? <p className="max-w-3xl text-sm text-slate-600">{completeHint}</p> : null}
      {meta.updatedAt && meta.updatedByName ? (
        <p className="text-xs text-slate-600">
          {t("lastSaved", { name: meta.updatedByName, date: format.dateTime(meta.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      ) : null}
    </div>
  );
}
