"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";

/** A button that runs one server action and says why, when it is refused. */
export function ActionButton({ label, ariaLabel, run }: { label: string; ariaLabel?: string; run: () => Promise<ActionResult<unknown>> }) {
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <Button
        variant="secondary"
        className="px-3 py-1"
        disabled={pending}
        aria-label={ariaLabel}
        onClick={() =>
          startTransition(async () => {
            setError(undefined);
            const result = await run();
            if (!result.ok) setError(errorMessage(result.formError));
          })
        }
      >
        {label}
      </Button>
      <FormAlert message={error} />
    </>
  );
}
