"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";
import { useErrorMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * A comment form: the same zod schema as its action, server field errors shown at the
 * field, and the text kept on failure. The action revalidates the project layout, so the
 * new comment, counts and badge arrive without a reload.
 */
export function useCommentForm<T extends FieldValues>({
  schema,
  defaultValues,
  send,
  onSent,
}: {
  schema: $ZodType<T, T>;
  defaultValues: T;
  send: (values: T) => Promise<ActionResult<unknown>>;
  onSent?: () => void;
}) {
  const errorMessage = useErrorMessage();
  const [formError, setFormError] = useState<string>();
  const form = useForm<T>({ resolver: zodResolver(schema) as unknown as Resolver<T>, defaultValues: defaultValues as DefaultValues<T> });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await send(values);
    if (result.ok) {
      form.reset(defaultValues);
      onSent?.();
      return;
    }
    Object.entries(result.fieldErrors ?? {}).forEach(([name, code], i) =>
      form.setError(name as FieldPath<T>, { message: code }, { shouldFocus: i === 0 }),
    );
    setFormError(errorMessage(result.formError));
  });
  return { form, onSubmit, formError };
}
