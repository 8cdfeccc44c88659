"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/field";
import { resendInvitationAction, revokeInvitationAction, type SharedInvitation } from "@/lib/actions/invitations";
import type { InvitableRole } from "@/lib/validation/members";
import { ShareLink } from "./share-link";
import { useMemberAction } from "./use-member-action";

export interface PendingInvitationView {
  id: string;
  email: string;
  role: InvitableRole;
  anyEmail: boolean;
  expired: boolean;
  /** Already formatted in the reader's language by the server. */
  expiresOn: string;
}

export function PendingInvitations({ projectId, invitations }: { projectId: string; invitations: PendingInvitationView[] }) {
  const t = useTranslations("members");
  return (
    <section aria-labelledby="pending-title" className="space-y-3">
      <h2 id="pending-title" className="text-lg font-semibold">
        {t("pendingTitle")}
      </h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-700">{t("pendingEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {invitations.map((invitation) => (
            <PendingRow key={invitation.id} projectId={projectId} invitation={invitation} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PendingRow({ projectId, invitation }: { projectId: string; invitation: PendingInvitationView }) {
  const t = useTranslations("members");
  const { pending, error, run } = useMemberAction();
  const [confirming, setConfirming] = useState(false);
  const [shared, setShared] = useState<SharedInvitation>();
  const { id, email } = invitation;
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="font-medium text-slate-900">{email}</p>
          <p className="text-sm text-slate-700">
            {t(`roles.${invitation.role}`)}
            {invitation.anyEmail ? ` · ${t("anyEmailBadge")}` : ""}
            {" · "}
            <span className={invitation.expired ? "font-medium text-red-700" : undefined}>
              {t(invitation.expired ? "expired" : "expires", { date: invitation.expiresOn })}
            </span>
          </p>
        </div>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => run(() => resendInvitationAction(projectId, { invitationId: id }), setShared)}
          >
            {pending ? t("resending") : t("resend")}
            <span className="sr-only"> {email}</span>
          </Button>
          <Button variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
            {t("cancelInvitation")}
            <span className="sr-only"> {email}</span>
          </Button>
        </div>
      </div>
      <FormAlert message={error} />
      {shared ? <ShareLink {...shared} /> : null}
      <ConfirmDialog
        open={confirming}
        title={t("cancelTitle", { email })}
        confirmLabel={t("cancelInvitation")}
        pending={pending}
        onConfirm={() =>
          run(
            () => revokeInvitationAction(projectId, { invitationId: id }),
            () => setConfirming(false),
          )
        }
        onClose={() => setConfirming(false)}
      >
        <p>{t("cancelBody")}</p>
      </ConfirmDialog>
    </li>
  );
}
