"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert, inputClass } from "@/components/ui/field";
import type { MemberRole } from "@/db/schema";
import { changeMemberRoleAction, removeMemberAction, transferOwnershipAction } from "@/lib/actions/members";
import { INVITABLE_ROLES, type InvitableRole } from "@/lib/validation/members";
import { useMemberAction } from "./use-member-action";

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  /** Already formatted in the reader's language by the server. */
  joinedOn: string;
}

export function MemberList({
  projectId,
  members,
  currentUserId,
  manage,
}: {
  projectId: string;
  members: MemberView[];
  currentUserId: string;
  manage: boolean;
}) {
  const t = useTranslations("members");
  return (
    <section aria-labelledby="members-title" className="space-y-3">
      <h2 id="members-title" className="text-lg font-semibold">
        {t("membersTitle")}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("emailColumn")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("roleColumn")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("joined")}
              </th>
              {manage ? (
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t("actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow
                key={member.userId}
                projectId={projectId}
                member={member}
                isYou={member.userId === currentUserId}
                manage={manage}
              />
            ))}
          </tbody>
        </table>
      </div>
      {members.length === 1 && manage ? <p className="text-sm text-slate-700">{t("onlyYou")}</p> : null}
      {!manage ? <p className="text-sm text-slate-700">{t("readOnlyNote")}</p> : null}
    </section>
  );
}

function MemberRow({ projectId, member, isYou, manage }: { projectId: string; member: MemberView; isYou: boolean; manage: boolean }) {
  const t = useTranslations("members");
  const { pending, error, run } = useMemberAction();
  const [dialog, setDialog] = useState<"remove" | "transfer" | null>(null);
  const [saved, setSaved] = useState<string>();
  const { userId, name } = member;
  const editable = manage && member.role !== "owner";
  const close = () => setDialog(null);

  const changeRole = (role: InvitableRole) => {
    setSaved(undefined);
    run(
      () => changeMemberRoleAction(projectId, { userId, role }),
      () => setSaved(t("roleSaved", { name, role })),
    );
  };

  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="px-4 py-3 font-medium text-slate-900">
        {name}
        {isYou ? <span className="font-normal text-slate-600"> ({t("you")})</span> : null}
      </th>
      <td className="px-4 py-3 text-slate-800">{member.email}</td>
      <td className="px-4 py-3">
        {editable ? (
          <select
            aria-label={t("roleOf", { name })}
            value={member.role}
            disabled={pending}
            onChange={(event) => changeRole(event.target.value as InvitableRole)}
            className={`${inputClass} w-auto`}
          >
            {INVITABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`roles.${member.role}`)
        )}
        <p role="status" className="text-xs text-slate-700">
          {saved}
        </p>
        <FormAlert message={error} />
      </td>
      <td className="px-4 py-3 text-slate-800">{member.joinedOn}</td>
      {manage ? (
        <td className="px-4 py-3">
          {editable ? (
            <div className="flex flex-wrap gap-2">
              {member.role === "editor" ? (
                <Button variant="secondary" className="px-2 py-1" onClick={() => setDialog("transfer")}>
                  {t("transfer")}
                  <span className="sr-only"> {name}</span>
                </Button>
              ) : null}
              <Button variant="ghost" className="px-2 py-1 text-red-700" onClick={() => setDialog("remove")}>
                {t("remove")}
                <span className="sr-only"> {name}</span>
              </Button>
            </div>
          ) : null}
          <ConfirmDialog
            open={dialog === "remove"}
            title={t("removeTitle", { name })}
            confirmLabel={t("removeConfirm")}
            pending={pending}
            onConfirm={() => run(() => removeMemberAction(projectId, { userId }), close)}
            onClose={close}
          >
            <p>{t("removeBody", { name })}</p>
          </ConfirmDialog>
          <ConfirmDialog
            open={dialog === "transfer"}
            title={t("transferTitle", { name })}
            confirmLabel={t("transferConfirm")}
            pending={pending}
            onConfirm={() => run(() => transferOwnershipAction(projectId, { userId }), close)}
            onClose={close}
          >
            <p>{t("transferBody", { name })}</p>
          </ConfirmDialog>
        </td>
      ) : null}
    </tr>
  );
}
