"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/components/ui/field";
import type { ActionResult, FieldErrors } from "@/lib/actions/safe-action";

/**
 * Runs one server action from a page that shows its result: refreshes the page when it
 * worked, and otherwise keeps the form's input with the message and the field errors to show.
 * The customers page and the coach both use it.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const run = <T>(action: () => Promise<ActionResult<T>>, onDone?: () => void) =>
    startTransition(async () => {
      setError(undefined);
      setDone(false);
      const result = await action();
      if (result.ok) {
        setFieldErrors({});
        setDone(true);
        onDone?.();
        router.refresh();
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        setError(errorMessage(result.formError));
      }
    });
  return { pending, error, fieldErrors, done, run };
}
