"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { DialogSaveButtons, Modal } from "@/components/ui/modal";
import { deleteProjectAction } from "@/lib/actions/delete-project";
import { updateProjectAction } from "@/lib/actions/update-project";
import { projectDetailsSchema, type ProjectDetailsInput } from "@/lib/validation/project";
import { DuplicateProjectDialog } from "./duplicate-project-dialog";

interface ProjectSummary {
  id: string;
  name: string;
  description: string;
  offeringCount: number;
  categoryCount: number;
}

/** Renaming and deleting are the owner's alone; anyone who can open a project may copy it into their own account. */
export function ProjectActions({ project, owned }: { project: ProjectSummary; owned: boolean }) {
  const t = useTranslations("dashboard");
  const tCommon = useTranslations("common");
  const [dialog, setDialog] = useState<"rename" | "delete" | "duplicate" | null>(null);
  const close = () => setDialog(null);
  return (
    <div role="group" aria-label={t("actionsFor", { name: project.name })} className="flex shrink-0 flex-wrap justify-end gap-1">
      <Button variant="ghost" className="px-2 py-1" onClick={() => setDialog("duplicate")}>
        {t("duplicate")}
      </Button>
      {owned ? (
        <>
          <Button variant="ghost" className="px-2 py-1" onClick={() => setDialog("rename")}>
            {tCommon("rename")}
          </Button>
          <Button variant="ghost" className="px-2 py-1 text-red-700" onClick={() => setDialog("delete")}>
            {tCommon("delete")}
          </Button>
          <RenameDialog project={project} open={dialog === "rename"} onClose={close} />
          <DeleteDialog project={project} open={dialog === "delete"} onClose={close} />
        </>
      ) : null}
      <DuplicateProjectDialog project={project} open={dialog === "duplicate"} onClose={close} />
    </div>
  );
}

function RenameDialog({ project, open, onClose }: { project: ProjectSummary; open: boolean; onClose: () => void }) {
  const t = useTranslations("dashboard");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<ProjectDetailsInput>({
    resolver: zodResolver(projectDetailsSchema),
    values: { name: project.name, description: project.description },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateProjectAction(project.id, values);
    if (result.ok) {
      onClose();
      router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof ProjectDetailsInput, { message: code });
    }
    setFormError(errorMessage(result.formError));
  });
  return (
    <Modal open={open} title={t("renameTitle")} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        <Field id={`rename-${project.id}-name`} label={t("name")} error={errors.name?.message}>
          {(control) => <input {...control} {...form.register("name")} className={inputClass} />}
        </Field>
        <Field id={`rename-${project.id}-description`} label={t("description")} error={errors.description?.message} optional>
          {(control) => <input {...control} {...form.register("description")} className={inputClass} />}
        </Field>
        <DialogSaveButtons onCancel={onClose} saving={isSubmitting} />
      </form>
    </Modal>
  );
}

function DeleteDialog({ project, open, onClose }: { project: ProjectSummary; open: boolean; onClose: () => void }) {
  const t = useTranslations("dashboard");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteProjectAction(project.id, {});
      if (result.ok) {
        onClose();
        router.refresh();
      } else {
        setFormError(errorMessage(result.formError));
      }
    });
  return (
    <ConfirmDialog
      open={open}
      title={t("deleteTitle", { name: project.name })}
      confirmLabel={pending ? t("deleting") : t("deleteConfirm")}
      pending={pending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t("deleteBody", { categories: project.categoryCount, offerings: project.offeringCount })}</p>
      <FormAlert message={formError} />
    </ConfirmDialog>
  );
}
