"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import type { PersonaOffering } from "@/lib/validation/personas-step";

/** "Duplicate": asks which offering gets the copy, then adds it there. */
export function DuplicatePersona({
  personaId,
  name,
  offeringId,
  offerings,
  disabled,
  onDuplicate,
}: {
  personaId: string;
  name: string;
  offeringId: string;
  offerings: readonly PersonaOffering[];
  disabled: boolean;
  onDuplicate: (targetOfferingId: string) => void;
}) {
  const t = useTranslations("personas");
  const tCommon = useTranslations("common");
  const [open, setOpen] = useState(false);
  // Copying onto another offering is the usual case, so that one is proposed first.
  const [target, setTarget] = useState(() => (offerings.find((o) => o.id !== offeringId) ?? offerings[0])?.id ?? "");
  const id = `persona-${personaId}-duplicate`;
  return (
    <>
      <Button
        variant="secondary"
        className="px-3 py-1"
        disabled={disabled}
        onClick={() => setOpen(true)}
        aria-label={t("duplicate.openLabel", { name })}
      >
        {t("duplicate.button")}
      </Button>
      <Modal open={open} title={t("duplicate.title", { name })} onClose={() => setOpen(false)}>
        <Field id={id} label={t("duplicate.label")} hint={t("duplicate.hint")}>
          {(c) => (
            <select {...c} value={target} onChange={(e) => setTarget(e.target.value)} className={inputClass}>
              {offerings.map((offering) => (
                <option key={offering.id} value={offering.id}>
                  {offering.id === offeringId ? t("duplicate.thisOffering", { offering: offering.name }) : offering.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {tCommon("cancel")}
          </Button>
          <Button
            disabled={!target}
            aria-label={t("duplicate.buttonLabel", { name })}
            onClick={() => {
              setOpen(false);
              onDuplicate(target);
            }}
          >
            {t("duplicate.button")}
          </Button>
        </div>
      </Modal>
    </>
  );
}
