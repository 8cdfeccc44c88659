"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { createProjectAction } from "@/lib/actions/create-project";
import { DEFAULT_PROJECT_KIND } from "@/lib/projects/kinds";
import { createProjectSchema, type CreateProjectInput } from "@/lib/validation/project";
import { stepHref } from "@/lib/wizard/steps";
import { KindChoices } from "./kind-choices";

export function CreateProjectForm() {
  const t = useTranslations("dashboard");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateProjectInput>({
    resolver: zodResolver(createProjectSchema),
    defaultValues: { name: "", description: "", kind: DEFAULT_PROJECT_KIND },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createProjectAction(values);
    if (result.ok) {
      router.push(stepHref(result.data.id, "offerings"));
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof CreateProjectInput, { message: code });
    }
    setFormError(errorMessage(result.formError));
  });

  return (
    <section aria-labelledby="new-project-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="new-project-title" className="mb-4 text-lg font-semibold">
        {t("newProject")}
      </h2>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-[1fr_2fr] md:items-start">
        <Field id="project-name" label={t("name")} hint={t("nameHint")} error={errors.name?.message}>
          {(control) => <input {...control} {...form.register("name")} className={inputClass} />}
        </Field>
        <Field id="project-description" label={t("description")} hint={t("descriptionHint")} error={errors.description?.message} optional>
          {(control) => <input {...control} {...form.register("description")} className={inputClass} />}
        </Field>
        <div className="md:col-span-2">
          <KindChoices idPrefix="project-kind" registration={form.register("kind")} error={errors.kind?.message} />
        </div>
        <Button type="submit" disabled={isSubmitting} className="md:col-span-2 md:justify-self-end">
          {isSubmitting ? t("creating") : t("create")}
        </Button>
        <div className="md:col-span-2">
          <FormAlert message={formError} />
        </div>
      </form>
    </section>
  );
}
