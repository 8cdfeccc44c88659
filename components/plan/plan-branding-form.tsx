"use client";

import { useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass, useErrorMessage } from "@/components/ui/field";
import { savePlanBrandingAction } from "@/lib/actions/save-plan-branding";
import { fieldError } from "@/lib/validation/error-codes";
import { LOGO_MAX_BYTES, LOGO_MAX_KB, LOGO_TYPES } from "@/lib/validation/plan-branding";

export interface BrandingCopy {
  title: string;
  lead: string;
  accent: string;
  accentHint: string;
  accentPicker: string;
  logo: string;
  logoHint: string;
  hasLogo: string;
  removeLogo: string;
  save: string;
  saving: string;
  saved: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * The PDF cover's logo and accent colour, for owners and editors (the page leaves it out for a
 * mentor, and the action refuses one). The same checks run here and on the server; on a
 * refusal the fields keep what was entered and the chosen file stays chosen.
 */
export function PlanBrandingForm({
  projectId,
  copy,
  initial,
}: {
  projectId: string;
  copy: BrandingCopy;
  initial: { accentColor: string; hasLogo: boolean };
}) {
  const [accent, setAccent] = useState(initial.accentColor);
  const [hasLogo, setHasLogo] = useState(initial.hasLogo);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | { failed: string }>("idle");
  const errorText = useErrorMessage();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const logo = form.get("logo");
    const found: Record<string, string> = {};
    if (accent.trim() !== "" && !HEX.test(accent.trim())) found.accentColor = fieldError("invalid_color").error;
    if (logo instanceof File && logo.size > 0) {
      if (!(LOGO_TYPES as readonly string[]).includes(logo.type)) found.logo = fieldError("file_type").error;
      else if (logo.size > LOGO_MAX_BYTES) found.logo = fieldError("file_too_big", LOGO_MAX_KB).error;
    }
    setErrors(found);
    if (Object.keys(found).length) return setStatus("idle");
    setStatus("saving");
    const result = await savePlanBrandingAction(projectId, form).catch(() => null);
    if (!result) return setStatus({ failed: errorText("unreachable")! });
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return setStatus(result.fieldErrors ? "idle" : { failed: errorText(result.formError)! });
    }
    setAccent(result.data.accentColor);
    setHasLogo(result.data.hasLogo);
    setStatus("saved");
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-md border border-slate-200 p-4" aria-labelledby="branding-title">
      <div className="space-y-1">
        <h3 id="branding-title" className="font-semibold">
          {copy.title}
        </h3>
        <p className="max-w-3xl text-sm text-slate-700">{copy.lead}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="branding-accent" label={copy.accent} hint={copy.accentHint} error={errors.accentColor} optional>
          {(c) => (
            <div className="flex items-center gap-2">
              <input
                {...c}
                name="accentColor"
                value={accent}
                onChange={(e) => setAccent(e.target.value)}
                placeholder="#2444B0"
                autoComplete="off"
                className={`${inputClass} max-w-40 font-mono`}
              />
              <input
                type="color"
                aria-label={copy.accentPicker}
                value={HEX.test(accent) ? accent.toLowerCase() : "#2444b0"}
                onChange={(e) => setAccent(e.target.value)}
                className="h-10 w-12 cursor-pointer rounded border border-slate-300"
              />
            </div>
          )}
        </Field>
        <Field id="branding-logo" label={copy.logo} hint={copy.logoHint} error={errors.logo} optional>
          {(c) => <input {...c} type="file" name="logo" accept={LOGO_TYPES.join(",")} className="block w-full text-sm" />}
        </Field>
      </div>
      {hasLogo ? (
        <div className="flex items-center gap-2 text-sm">
          <span>{copy.hasLogo}</span>
          <input type="checkbox" id="branding-remove-logo" name="removeLogo" value="1" className="h-4 w-4" />
          <label htmlFor="branding-remove-logo">{copy.removeLogo}</label>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={status === "saving"} className={buttonClass("secondary")}>
          {status === "saving" ? copy.saving : copy.save}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {status === "saved" ? copy.saved : typeof status === "object" ? status.failed : ""}
        </p>
      </div>
    </form>
  );
}
