"use client";

import { useTranslations } from "next-intl";
import { itemAnchor } from "./step-items";
import type { ThreadView } from "./thread-view";

/** A thread group's heading: the item's name, linked to its card when the card can be reached. */
export function TargetName({ target }: { target: ThreadView["target"] }) {
  const t = useTranslations("comments");
  if (!target) return <>{t("wholeStep")}</>;
  if (target.label === null) return <>{t("removedItem")}</>;
  const name = target.label.trim() || t("untitled");
  const anchor = itemAnchor(target.kind, target.id);
  return (
    <>
      <span className="font-normal text-slate-600">{t(`kinds.${target.kind}`)}: </span>
      {anchor ? (
        <a href={`#${anchor}`} className="text-brand-700 underline">
          {name}
        </a>
      ) : (
        name
      )}
    </>
  );
}
