"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/field";
import type { ShareLinkStatus } from "@/db/queries/share-links";
import { revokeShareLinkAction } from "@/lib/actions/share-links";
import { useMemberAction } from "./use-member-action";

export interface ShareLinkRowView {
  id: string;
  label: string;
  status: ShareLinkStatus;
  /** Dates already formatted in the reader's language by the server; lastOpened is null until someone opens it. */
  createdOn: string;
  expiresOn: string;
  lastOpened: string | null;
}

const COLUMNS = ["label", "created", "expires", "lastOpened", "status", "actions"] as const;

export function ShareLinkList({ projectId, links }: { projectId: string; links: ShareLinkRowView[] }) {
  const t = useTranslations("shareLinks");
  return (
    <div className="space-y-2">
      <h3 id="share-links-list-title" className="font-semibold">
        {t("listTitle")}
      </h3>
      {links.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table aria-labelledby="share-links-list-title" className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-4 py-2 font-semibold">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <ShareLinkRow key={link.id} projectId={projectId} link={link} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

const STATUS_CLASS: Record<ShareLinkStatus, string> = {
  active: "font-medium text-emerald-800",
  expired: "text-slate-700",
  revoked: "text-red-800",
};

function ShareLinkRow({ projectId, link }: { projectId: string; link: ShareLinkRowView }) {
  const t = useTranslations("shareLinks");
  const { pending, error, run } = useMemberAction();
  const [confirming, setConfirming] = useState(false);
  const { id, label } = link;
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="px-4 py-3 font-medium break-words text-slate-900">
        {label}
      </th>
      <td className="px-4 py-3 text-slate-800">{link.createdOn}</td>
      <td className="px-4 py-3 text-slate-800">{link.expiresOn}</td>
      <td className="px-4 py-3 text-slate-800">{link.lastOpened ?? t("neverOpened")}</td>
      <td className={`px-4 py-3 ${STATUS_CLASS[link.status]}`}>{t(`status.${link.status}`)}</td>
      <td className="px-4 py-3">
        {link.status === "active" ? (
          <Button variant="ghost" className="px-2 py-1 text-red-700" onClick={() => setConfirming(true)}>
            {t("revoke")}
            <span className="sr-only"> {label}</span>
          </Button>
        ) : null}
        <ConfirmDialog
          open={confirming}
          title={t("revokeTitle", { label })}
          confirmLabel={pending ? t("revoking") : t("revokeConfirm")}
          pending={pending}
          onConfirm={() =>
            run(
              () => revokeShareLinkAction(projectId, { linkId: id }),
              () => setConfirming(false),
            )
          }
          onClose={() => setConfirming(false)}
        >
          <p>{t("revokeBody")}</p>
          <FormAlert message={error} />
        </ConfirmDialog>
      </td>
    </tr>
  );
}
