"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { FieldPath, FieldValues, PathValue, UseFormReturn } from "react-hook-form";
import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { newId } from "@/lib/uuid";
import { createAutosave, type Autosave, type AutosaveState } from "./autosave";
import type { StepSaveAction } from "./use-step-form";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

/**
 * Saves a step's react-hook-form a moment after each change through the step's versioned
 * action (see createAutosave for the guarantees), and keeps the leave warning for changes
 * that are not stored yet. Validation runs without moving the focus: an autosave must never
 * pull the user out of the field they are typing in.
 */
export function useAutosave<T extends FieldValues & { version: number }>({
  form,
  schema,
  projectId,
  action,
  enabled,
  onRemovalsCancelled,
  adopt,
  onAdopted,
}: {
  form: UseFormReturn<T>;
  schema: $ZodType<T, T>;
  projectId: string;
  action: StepSaveAction<T>;
  /** False for those who may only read the step. */
  enabled: boolean;
  /** The user refused the removals the server listed: put back what `saved` still holds. */
  onRemovalsCancelled?: (saved: T) => void;
  /** See AutosaveOptions.adopt: the sent values as the server stored them. */
  adopt?: (sent: T, stored: T) => T;
  /** The form should take on what `adopt` changed (the version is taken care of). */
  onAdopted?: (sent: T, adopted: T) => void;
}) {
  const tWizard = useTranslations("wizard");
  const [state, setState] = useState<AutosaveState>({ kind: "saved" });
  const controller = useRef<Autosave<T>>(undefined);
  const cancelled = useRef(onRemovalsCancelled);
  useEffect(() => {
    cancelled.current = onRemovalsCancelled;
  });
  const version = "version" as FieldPath<T>;

  useEffect(() => {
    if (!enabled) return;
    const parsed = z.safeParse(schema, form.getValues());
    const autosave = createAutosave<T>({
      initial: parsed.success ? parsed.data : form.getValues(),
      read: async () => {
        const result = z.safeParse(schema, form.getValues());
        if (result.success) {
          if (Object.keys(form.formState.errors).length) form.clearErrors();
          return result.data;
        }
        await form.trigger();
        return undefined;
      },
      send: (values, options) => action(projectId, values, options),
      adopt,
      onSaved: (stored, adopted, sent) => {
        form.setValue(version, stored.version as PathValue<T, FieldPath<T>>);
        onAdopted?.(sent, adopted);
      },
      onRefused: (failure) =>
        Object.entries(failure.fieldErrors ?? {}).forEach(([name, code]) => form.setError(name as FieldPath<T>, { message: code })),
      onState: setState,
      isOnline: () => navigator.onLine,
      newId,
    });
    controller.current = autosave;
    // Adopting the version after a save is not a change of the user's.
    const watching = form.watch((_values, { name }) => {
      if (name !== version) autosave.changed();
    });
    const online = () => autosave.online();
    window.addEventListener("online", online);
    return () => {
      watching.unsubscribe();
      window.removeEventListener("online", online);
      autosave.dispose();
    };
    // The form, schema and action live as long as the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled]);

  useUnsavedChangesWarning(enabled && state.kind !== "saved", tWizard("leaveConfirm"));

  return {
    state,
    /** Saves now what waits (on leaving a view, or before going on); true when everything is stored. */
    flush: async () => {
      await controller.current?.flush();
      return controller.current?.state().kind === "saved";
    },
    /** After a conflict: save the user's values over the version someone else stored. */
    overwrite: (currentVersion: number) => {
      form.setValue(version, currentVersion as PathValue<T, FieldPath<T>>);
      return controller.current?.resume();
    },
    confirmRemovals: () => controller.current?.confirmRemovals(),
    cancelRemovals: () => {
      const autosave = controller.current;
      if (autosave?.cancelRemovals()) cancelled.current?.(autosave.saved());
    },
  };
}

export type AutosaveApi = ReturnType<typeof useAutosave>;
