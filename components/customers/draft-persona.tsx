"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, useErrorMessage } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { draftPersonaFromSegmentAction } from "@/lib/actions/draft-persona-from-segment";
import type { FieldErrors } from "@/lib/actions/safe-action";
import type { Segment } from "@/lib/customers/segments";
import { stepHref } from "@/lib/wizard/steps";

/** "Draft a persona from this group": pick a group with customers and an offering, and step 4 gets the persona. */
export function DraftPersona({
  projectId,
  offerings,
  segments,
}: {
  projectId: string;
  /** Step 1's offerings, in order: a persona always belongs to one. */
  offerings: { id: string; name: string }[];
  /** The groups that have customers now, in their fixed order. */
  segments: Segment[];
}) {
  const t = useTranslations("customerDraft");
  const tCustomers = useTranslations("customers");
  const errorMessage = useErrorMessage();
  const [segment, setSegment] = useState<Segment | undefined>(segments[0]);
  const [offeringId, setOfferingId] = useState(offerings[0]?.id ?? "");
  const [pending, startTransition] = useTransition();
  const [drafted, setDrafted] = useState<string>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  if (!offerings.length) {
    return (
      <p className="text-slate-700">
        {t("noOfferings")}{" "}
        <Link href={stepHref(projectId, "offerings")} className="font-semibold text-brand-700 underline">
          {t("noOfferingsLink")}
        </Link>
      </p>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!segment) return;
    startTransition(async () => {
      setError(undefined);
      setDrafted(undefined);
      try {
        const result = await draftPersonaFromSegmentAction(projectId, { segment, offeringId });
        setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
        if (result.ok) setDrafted(result.data.personaId);
        // The page listed the group, so a missing one was emptied since (a new import, a wipe).
        else setError(result.formError === "not_found" ? t("groupGone") : errorMessage(result.formError));
      } catch {
        setError(errorMessage("unreachable"));
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="draft-persona-segment" label={t("segment")} error={fieldErrors.segment}>
          {(c) => (
            <select {...c} className={inputClass} value={segment} onChange={(event) => setSegment(event.target.value as Segment)}>
              {segments.map((s) => (
                <option key={s} value={s}>
                  {tCustomers(`segments.names.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="draft-persona-offering" label={t("offering")} error={fieldErrors.offeringId}>
          {(c) => (
            <select {...c} className={inputClass} value={offeringId} onChange={(event) => setOfferingId(event.target.value)}>
              {offerings.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending || !segment}>
        {pending ? t("pending") : t("submit")}
      </Button>
      <FormAlert
        tone="success"
        message={
          drafted ? (
            <>
              {t("done")}{" "}
              <Link href={`${stepHref(projectId, "personas")}?persona=${drafted}`} className="font-semibold underline">
                {t("open")}
              </Link>
            </>
          ) : undefined
        }
      />
      <FormAlert message={error} />
    </form>
  );
}
