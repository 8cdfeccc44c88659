"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { createInvitationAction, type SharedInvitation } from "@/lib/actions/invitations";
import { INVITABLE_ROLES, inviteSchema, type InviteInput } from "@/lib/validation/members";
import { ShareLink } from "./share-link";

export function InviteForm({ projectId }: { projectId: string }) {
  const t = useTranslations("members");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [shared, setShared] = useState<SharedInvitation>();
  const form = useForm<InviteInput>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "editor", anyEmail: false },
  });
  const { errors, isSubmitting } = form.formState;
  const anyEmail = useWatch({ control: form.control, name: "anyEmail" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createInvitationAction(projectId, values);
    if (result.ok) {
      setShared(result.data);
      form.reset();
      router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof InviteInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setFormError(errorMessage(result.formError));
  });

  return (
    <section aria-labelledby="invite-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="space-y-1">
        <h2 id="invite-title" className="text-lg font-semibold">
          {t("inviteTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("inviteLead")}</p>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        <Field id="invite-email" label={t("emailLabel")} error={errors.email?.message}>
          {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="off" className={inputClass} />}
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">{t("role")}</legend>
          {INVITABLE_ROLES.map((role) => (
            <div key={role} className="flex items-start gap-2">
              <input
                {...form.register("role")}
                type="radio"
                value={role}
                id={`invite-role-${role}`}
                aria-describedby={`invite-role-${role}-help`}
                className="mt-1"
              />
              <div>
                <label htmlFor={`invite-role-${role}`} className="text-sm font-medium text-slate-900">
                  {t(`roles.${role}`)}
                </label>
                <p id={`invite-role-${role}-help`} className="text-xs text-slate-600">
                  {t(`roleHelp.${role}`)}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <div className="space-y-1">
          <div className="flex items-start gap-2">
            <input
              {...form.register("anyEmail")}
              type="checkbox"
              id="invite-any-email"
              aria-describedby="invite-any-email-warning"
              className="mt-1"
            />
            <label htmlFor="invite-any-email" className="text-sm font-medium text-slate-900">
              {t("anyEmail")}
            </label>
          </div>
          <p id="invite-any-email-warning" className={`text-xs ${anyEmail ? "font-medium text-amber-900" : "text-slate-600"}`}>
            {t("anyEmailWarning")}
          </p>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("sending") : t("send")}
        </Button>
      </form>
      {shared ? <ShareLink {...shared} /> : null}
    </section>
  );
}
