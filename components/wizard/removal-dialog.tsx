"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Dependent } from "@/lib/errors";

/** The server's list of what removing items would delete with them, asked before saving. */
export function RemovalDialog({
  dependents,
  onConfirm,
  onClose,
}: {
  /** Undefined while no removal waits for an answer. */
  dependents: readonly Dependent[] | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("wizard");
  return (
    <ConfirmDialog
      open={Boolean(dependents)}
      title={t("removalTitle")}
      confirmLabel={t("removalConfirm")}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{t("removalBody")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {dependents?.map((d) => (
          <li key={`${d.kind}-${d.name}`}>
            <strong>{d.name}</strong>:{" "}
            {t("removalCounts", {
              personas: d.personas ?? 0,
              contentIdeas: d.contentIdeas ?? 0,
              socialPlans: d.socialPlans ?? 0,
              campaigns: d.campaigns ?? 0,
            })}
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
