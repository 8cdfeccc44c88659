"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass } from "@/components/ui/field";
import { addCommentAction } from "@/lib/actions/comments";
import { aboutValue, MAX_COMMENT_LENGTH, newCommentSchema, type NewCommentInput } from "@/lib/validation/comments";
import type { CommentItem } from "./step-items";
import { useCommentForm } from "./use-comment-form";

export function NewCommentForm({ projectId, step, items }: { projectId: string; step: number; items: CommentItem[] }) {
  const t = useTranslations("comments");
  const { form, onSubmit, formError } = useCommentForm<NewCommentInput>({
    schema: newCommentSchema,
    defaultValues: { step, about: "", body: "" },
    send: (values) => addCommentAction(projectId, values),
  });
  const { errors, isSubmitting } = form.formState;
  const kinds = [...new Set(items.map((item) => item.kind))];
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="new-comment-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="new-comment-title" className="text-base font-semibold">
        {t("newTitle")}
      </h3>
      <FormAlert message={formError} />
      {/* Step 3 has no items: a comment there is always about the whole step. */}
      {items.length ? (
        <Field id={`comment-about-${step}`} label={t("about")} hint={t("aboutHint")} error={errors.about?.message}>
          {(control) => (
            <select {...control} {...form.register("about")} className={inputClass}>
              <option value="">{t("wholeStep")}</option>
              {kinds.map((kind) => (
                <optgroup key={kind} label={t(`kinds.${kind}`)}>
                  {items
                    .filter((item) => item.kind === kind)
                    .map((item) => (
                      <option key={item.id} value={aboutValue(item)}>
                        {item.name.trim() || t("untitled")}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id={`comment-body-${step}`} label={t("body")} error={errors.body?.message}>
        {(control) => <textarea {...control} {...form.register("body")} rows={3} maxLength={MAX_COMMENT_LENGTH} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
