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
import { duplicateProjectAction } from "@/lib/actions/duplicate-project";
import { updateProjectAction } from "@/lib/actions/update-project";
import {
  duplicateProjectSchema,
  PROJECT_NAME_MAX,
  projectDetailsSchema,
  type DuplicateProjectInput,
  type ProjectDetailsInput,
} from "@/lib/validation/project";

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
      <DuplicateDialog project={project} open={dialog === "duplicate"} onClose={close} />
    </div>
  );
}

/** "<name> (copy)", the name shortened first so that the whole still fits a project name. */
function suggestedCopyName(name: string, format: (name: string) => string): string {
  // By code point, so that an emoji is never cut in half into text the database refuses.
  const chars = Array.from(name);
  while (chars.length && format(chars.join("").trimEnd()).length > PROJECT_NAME_MAX) chars.pop();
  return format(chars.join("").trimEnd());
}

function DuplicateDialog({ project, open, onClose }: { project: ProjectSummary; open: boolean; onClose: () => void }) {
  const t = useTranslations("dashboard");
  const tCommon = useTranslations("common");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<DuplicateProjectInput>({
    resolver: zodResolver(duplicateProjectSchema),
    values: { name: suggestedCopyName(project.name, (name) => t("copyName", { name })) },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  // Busy from the click until the copy's page replaces the dashboard, not only while the action runs.
  const busy = isSubmitting || isSubmitSuccessful;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await duplicateProjectAction(project.id, values);
    if (result.ok) {
      router.push(`/projects/${result.data.id}`);
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof DuplicateProjectInput, { message: code });
    }
    setFormError(errorMessage(result.formError));
    // Otherwise the refused attempt would count as a success and keep the form busy.
    form.reset(values, { keepErrors: true });
  });
  return (
    <Modal open={open} title={t("duplicateTitle", { name: project.name })} description={t("duplicateBody")} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        <Field id={`duplicate-${project.id}-name`} label={t("duplicateName")} error={errors.name?.message}>
          {(control) => <input {...control} {...form.register("name")} className={inputClass} />}
        </Field>
        <p role="status" className="text-sm text-slate-700">
          {busy ? t("duplicating") : ""}
        </p>
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {tCommon("cancel")}
          </Button>
          <Button type="submit" disabled={busy}>
            {busy ? t("duplicating") : t("duplicateConfirm")}
          </Button>
        </div>
      </form>
    </Modal>
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
