"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";

/** Runs one member or invitation action, refreshes the page on success and keeps the error message otherwise. */
export function useMemberAction() {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = <T>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) =>
    startTransition(async () => {
      setError(undefined);
      const result = await action();
      if (result.ok) {
        onDone?.(result.data);
        router.refresh();
      } else {
        setError(errorMessage(result.formError));
      }
    });
  return { pending, error, setError, run };
}
