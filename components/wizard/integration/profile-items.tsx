"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { useErrorMessage } from "@/components/ui/field";
import { readErrorMessage } from "@/lib/validation/error-codes";
import type { IntegrationPersona, IntegrationStepInput } from "@/lib/validation/integration-step";
import type { ProfileItemKind } from "@/lib/validation/value-map";

// Content ideas and campaigns point at the pains and gains of step 4's personas, and the
// persona's ideals are offered as the message: the pieces those rows share.

/** The persona's list of one kind of item. */
export const itemsOf = (persona: IntegrationPersona, kind: ProfileItemKind) => (kind === "pain" ? persona.pains : persona.gains);

export const hasProfileItems = (persona: IntegrationPersona) => persona.pains.length + persona.gains.length > 0;

/** The persona a content idea or social plan row is for, as the owner picks it. */
export function useRowPersona(
  list: "contentIdeas" | "socialPlans",
  index: number,
  personas: readonly IntegrationPersona[],
): IntegrationPersona | undefined {
  const personaId = useWatch<IntegrationStepInput, `${typeof list}.${number}.personaId`>({ name: `${list}.${index}.personaId` });
  return personas.find((p) => p.id === personaId);
}

/**
 * The sentence for a field error of these fields: "unknown_item" here means that the pain or
 * gain left the persona's list (in another tab, say), which the shared message cannot say.
 */
export function useProfileItemError() {
  const t = useTranslations("integration.profileItems");
  const errorMessage = useErrorMessage();
  return (code: string | undefined) => (code && readErrorMessage(code)?.code === "unknown_item" ? t("gone") : errorMessage(code));
}

/** A persona with nothing to answer yet: says so, and where to write its pains and gains. */
export function NoProfileItemsNote({ id, persona, personasHref }: { id?: string; persona: IntegrationPersona; personasHref: string }) {
  const t = useTranslations("integration.profileItems");
  return (
    <p id={id} className="text-xs text-slate-700">
      {t("noneYet", { name: persona.name })}{" "}
      <Link href={personasHref} className="font-semibold text-brand-700 underline">
        {t("addInStep4")}
      </Link>
    </p>
  );
}

/**
 * The persona's ideals as the message to carry (the method's key communication factor),
 * kept to a small note beside the field; nothing when the persona has none.
 */
export function IdealsNote({ persona, named = false }: { persona: IntegrationPersona | undefined; named?: boolean }) {
  const t = useTranslations("integration.ideals");
  const ideals = persona?.ideals.trim();
  if (!persona || !ideals) return null;
  return (
    <p className="line-clamp-3 text-xs text-slate-700">
      <span className="font-semibold">{named ? t("of", { name: persona.name }) : t("label")}</span> {ideals}
    </p>
  );
}
