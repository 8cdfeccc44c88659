"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Dependent } from "@/lib/errors";
import { stageName } from "@/lib/validation/journey";
import { useChannelName } from "./channels/use-channel-name";

/**
 * A channel's line: personas only lose it from their list, its plans and campaigns go. Only
 * step 2 removes channels, and its page carries the `channels` and `competitors` messages.
 */
function ChannelsBody() {
  return <p>{useTranslations("channels")("removalBody")}</p>;
}

function ChannelUses({ dependent }: { dependent: Dependent }) {
  const t = useTranslations("channels");
  const { name } = useChannelName();
  return (
    <>
      <strong>{name(dependent.name)}</strong>:{" "}
      {t("removalUses", {
        personas: dependent.personas ?? 0,
        socialPlans: dependent.socialPlans ?? 0,
        campaigns: dependent.campaigns ?? 0,
      })}
    </>
  );
}

/** What a removed pain or gain unlinks: the rows stay, so only the uses it has are named. */
function ProfileItemUses({ dependent }: { dependent: Dependent }) {
  const t = useTranslations("wizard");
  const format = useFormatter();
  const uses = (["contentIdeas", "campaigns", "valueEntries"] as const)
    .filter((use) => (dependent[use] ?? 0) > 0)
    .map((use) => t(`removalItemUses.${use}`, { count: dependent[use] ?? 0 }));
  return (
    <>
      <strong>{t("removalItem", { name: dependent.name, persona: dependent.persona ?? "" })}</strong>:{" "}
      {format.list(uses, { type: "conjunction" })}
    </>
  );
}

/** What a removed journey stage changes: its content moves to another stage, its map cells go. */
function StageUses({ dependent }: { dependent: Dependent }) {
  const t = useTranslations("wizard");
  const format = useFormatter();
  const name = (stored: string) => stageName(stored, (code) => t(`stageNames.${code}`));
  const moved = (dependent.contentIdeas ?? 0) + (dependent.campaigns ?? 0);
  const uses = [
    ...(moved ? [t("removalStageMoves", { count: moved, stage: name(dependent.movesTo ?? "") })] : []),
    ...(dependent.journeyCells ? [t("removalStageCells", { count: dependent.journeyCells })] : []),
  ];
  return (
    <>
      <strong>{name(dependent.name)}</strong>: {format.list(uses, { type: "conjunction" })}
    </>
  );
}

const isProfileItem = (d: Dependent) => d.kind === "pain" || d.kind === "gain";
const isStage = (d: Dependent) => d.kind === "stage";

/** The server's list of what removing items would delete or unlink, asked before saving. */
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
  // Pains and gains only lose their links, unlike rows that go: they get their own list.
  const deleted = dependents?.filter((d) => !isProfileItem(d) && !isStage(d)) ?? [];
  const unlinked = dependents?.filter(isProfileItem) ?? [];
  const stages = dependents?.filter(isStage) ?? [];
  return (
    <ConfirmDialog
      open={Boolean(dependents)}
      title={deleted.length ? t("removalTitle") : unlinked.length ? t("removalItemsTitle") : t("removalStagesTitle")}
      confirmLabel={t("removalConfirm")}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {deleted.length ? (
        <>
          {deleted.every((d) => d.kind === "channel") ? <ChannelsBody /> : <p>{t("removalBody")}</p>}
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {deleted.map((d) => (
              <li key={`${d.kind}-${d.name}`}>
                {d.kind === "channel" ? (
                  <ChannelUses dependent={d} />
                ) : (
                  <>
                    <strong>{d.name}</strong>:{" "}
                    {t("removalCounts", {
                      personas: d.personas ?? 0,
                      contentIdeas: d.contentIdeas ?? 0,
                      socialPlans: d.socialPlans ?? 0,
                      campaigns: d.campaigns ?? 0,
                    })}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {unlinked.length ? (
        <>
          <p className={deleted.length ? "mt-3" : undefined}>{t("removalItemsBody")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {unlinked.map((d) => (
              <li key={`${d.kind}-${d.persona}-${d.name}`}>
                <ProfileItemUses dependent={d} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {stages.length ? (
        <>
          <p className={deleted.length || unlinked.length ? "mt-3" : undefined}>{t("removalStagesBody")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {stages.map((d) => (
              <li key={`${d.kind}-${d.name}`}>
                <StageUses dependent={d} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
