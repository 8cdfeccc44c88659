"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { DialogSaveButtons, Modal } from "@/components/ui/modal";
import { updateProjectKindAction } from "@/lib/actions/update-project-kind";
import type { ProjectKind } from "@/lib/projects/kinds";
import { projectKindSchema, type ProjectKindInput } from "@/lib/validation/project";
import { KindChoices } from "./kind-choices";

/**
 * The project's kind of business; those who edit the steps may change it. The header shows it
 * from tablet width up (on a phone the header stays one line, like the description), and step
 * 1 shows it on phones only, so every screen has one way to change it.
 */
export function ProjectKindControl({
  projectId,
  kind,
  canChange,
  on,
}: {
  projectId: string;
  kind: ProjectKind;
  canChange: boolean;
  on: "wide" | "phone";
}) {
  const t = useTranslations("projectKind");
  const [open, setOpen] = useState(false);
  const shown = on === "wide" ? "hidden sm:flex" : "flex sm:hidden";
  return (
    <div className={`${shown} flex-wrap items-center gap-x-2 text-sm text-slate-600`} data-project-kind={kind}>
      <span>{t("current", { kind: t(`kinds.${kind}.label`) })}</span>
      {canChange ? (
        <>
          <Button variant="ghost" className="px-2 py-0.5 text-brand-700 underline" onClick={() => setOpen(true)}>
            {t("change")}
          </Button>
          <KindDialog projectId={projectId} kind={kind} open={open} onClose={() => setOpen(false)} />
        </>
      ) : null}
    </div>
  );
}

function KindDialog({ projectId, kind, open, onClose }: { projectId: string; kind: ProjectKind; open: boolean; onClose: () => void }) {
  const t = useTranslations("projectKind");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<ProjectKindInput>({ resolver: zodResolver(projectKindSchema), values: { kind } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await updateProjectKindAction(projectId, values);
    if (result.ok) {
      onClose();
      router.refresh();
      return;
    }
    if (result.fieldErrors?.kind) form.setError("kind", { message: result.fieldErrors.kind });
    setFormError(errorMessage(result.formError));
  });
  return (
    <Modal open={open} title={t("changeTitle")} description={t("changeBody")} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        <KindChoices idPrefix="change-project-kind" registration={form.register("kind")} error={errors.kind?.message} narrow />
        <DialogSaveButtons onCancel={onClose} saving={isSubmitting} />
      </form>
    </Modal>
  );
}
