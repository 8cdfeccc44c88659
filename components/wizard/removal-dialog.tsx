"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Dependent } from "@/lib/errors";
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
      {dependents?.every((d) => d.kind === "channel") ? <ChannelsBody /> : <p>{t("removalBody")}</p>}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {dependents?.map((d) => (
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
    </ConfirmDialog>
  );
}
