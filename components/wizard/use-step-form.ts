"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";
import { useErrorMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { Dependent } from "@/lib/errors";
import { newId } from "@/lib/uuid";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

export type StepSaveAction<T> = (
  projectId: string,
  values: T,
  options?: { confirmRemovals?: boolean; saveId?: string },
) => Promise<ActionResult<T>>;

export interface StepStatus {
  tone: "error" | "success";
  message: string;
  /** Set when someone else saved first: the version to overwrite on purpose. */
  conflictVersion?: number;
}

/**
 * The behaviour every wizard step shares: one zod schema on both sides, field errors
 * from the server shown where the field is, the input kept on any failure, version
 * conflicts offered as reload-or-overwrite, and removals that take other rows with them
 * confirmed first. Each save attempt carries a saveId, kept while the same values are
 * retried, so a save whose answer was lost (timeout, dropped connection) is recognised by
 * the server rather than applied twice.
 */
export function useStepForm<T extends FieldValues & { version: number }>({
  schema,
  projectId,
  initialValues,
  action,
  nextHref,
}: {
  schema: $ZodType<T, T>;
  projectId: string;
  initialValues: T;
  action: StepSaveAction<T>;
  nextHref: string;
}) {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const tWizard = useTranslations("wizard");
  const [status, setStatus] = useState<StepStatus>();
  const [pendingRemoval, setPendingRemoval] = useState<{ dependents: Dependent[]; continueAfter: boolean }>();
  const form = useForm<T>({
    resolver: zodResolver(schema) as unknown as Resolver<T>,
    defaultValues: initialValues as DefaultValues<T>,
  });
  useUnsavedChangesWarning(form.formState.isDirty && !form.formState.isSubmitSuccessful, tWizard("leaveConfirm"));
  const attempt = useRef<{ values: string; saveId: string }>(undefined);
  const inFlight = useRef(false);

  const send = async (values: T, confirmRemovals: boolean): Promise<ActionResult<T> | undefined> => {
    const key = JSON.stringify(values);
    if (attempt.current?.values !== key) attempt.current = { values: key, saveId: newId() };
    try {
      return await action(projectId, values, { confirmRemovals, saveId: attempt.current.saveId });
    } catch {
      // The request itself failed (network, server gone, timeout): nothing says whether
      // the save happened, and resending the same values is safe under the same saveId.
      return undefined;
    }
  };

  // A form-level error makes react-hook-form count the submit as unsuccessful, so leaving
  // the page still warns about the unsaved input (handleSubmit clears it on the next try).
  const failed = (code: string) => form.setError("root.save" as FieldPath<T>, { message: code });

  const submit = async (values: T, continueAfter: boolean, confirmRemovals = false) => {
    // save() drops a second press; this also stops a confirmation racing the first request.
    if (inFlight.current) return;
    inFlight.current = true;
    setStatus(undefined);
    const result = await send(values, confirmRemovals).finally(() => {
      inFlight.current = false;
    });
    if (!result) {
      failed("unreachable");
      setStatus({ tone: "error", message: errorMessage("unreachable") ?? "" });
      return;
    }
    if (result.ok) {
      // Server ids replace the browser's keys for new rows, so the next save updates them.
      form.reset(result.data);
      if (continueAfter) router.push(nextHref);
      else setStatus({ tone: "success", message: tWizard("saved") });
      return;
    }
    if (result.formError === "needs_confirmation" && result.details?.dependents) {
      setPendingRemoval({ dependents: result.details.dependents, continueAfter });
      return;
    }
    // The form keeps every value: only messages are added.
    failed(result.formError);
    Object.entries(result.fieldErrors ?? {}).forEach(([name, code], i) =>
      form.setError(name as FieldPath<T>, { message: code }, { shouldFocus: i === 0 }),
    );
    setStatus({
      tone: "error",
      message: errorMessage(result.formError) ?? "",
      conflictVersion: result.formError === "conflict" ? result.details?.currentVersion : undefined,
    });
  };

  // The save buttons stay enabled while saving (so they keep the focus): a press during a
  // save is dropped here, before handleSubmit would flip isSubmitting back on its own.
  const saving = useRef(false);
  const save = (continueAfter: boolean) => async (event?: BaseSyntheticEvent) => {
    if (saving.current) return event?.preventDefault();
    saving.current = true;
    try {
      await form.handleSubmit(
        (values) => submit(values, continueAfter),
        () => setStatus({ tone: "error", message: errorMessage("validation") ?? "" }),
      )(event);
    } finally {
      saving.current = false;
    }
  };

  return {
    form,
    status,
    save,
    /** Re-sends the user's version on top of the one saved by someone else. */
    overwrite: (version: number) => {
      form.setValue("version" as FieldPath<T>, version as T[FieldPath<T>]);
      return save(false)();
    },
    pendingRemoval,
    confirmRemoval: () => {
      const pending = pendingRemoval;
      setPendingRemoval(undefined);
      // Through handleSubmit, so the save buttons show that a save is in flight.
      if (pending) void form.handleSubmit((values) => submit(values, pending.continueAfter, true))();
    },
    cancelRemoval: () => setPendingRemoval(undefined),
  };
}

export type StepFormApi<T extends FieldValues & { version: number }> = ReturnType<typeof useStepForm<T>>;
