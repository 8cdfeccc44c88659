import type { PlanExport } from "@/lib/export/plan-export";
import type { ExportText } from "@/lib/export/export-text";
import { ageRange } from "@/lib/export/plan-wording";
import { field, heading, incompleteStep, inlineListField, listField, missingSection, paragraph, stepStatus, type Block } from "./blocks";
import { filledItems } from "./user-text";

/** Step 2: who else sells to the audience, and where that audience is online. */
export function marketBlocks(data: PlanExport, text: ExportText): Block[] {
  const { competitors, digitalProfile, steps } = data.plan;
  const step = stepStatus(steps, 2);
  const m = (key: string) => text.t(`plan.market.${key}`);
  const blocks: Block[] = [heading(1, text.t("export.sections.market"), { pageBreakBefore: true })];
  if (!competitors.length && !digitalProfile) return [...blocks, missingSection(text, step)];
  blocks.push(...incompleteStep(text, step), heading(2, m("competitorsTitle")));
  if (!competitors.length) blocks.push(missingSection(text, step));
  for (const c of competitors) {
    blocks.push(
      heading(3, c.name),
      ...field(m("website"), c.website),
      ...field(m("overlap"), c.overlap),
      ...field(m("revenueModel"), c.revenueModel),
      ...field(m("channels"), c.channels),
      ...field(m("notes"), c.notes),
    );
  }
  blocks.push(heading(2, m("digitalTitle")));
  if (!digitalProfile) return [...blocks, missingSection(text, step)];
  return [
    ...blocks,
    ...inlineListField(m("socialNetworks"), digitalProfile.socialNetworks),
    ...inlineListField(m("media"), digitalProfile.media),
    ...inlineListField(m("keywords"), digitalProfile.keywords),
    ...field(m("needs"), digitalProfile.needs),
    ...field(m("painPoints"), digitalProfile.painPoints),
  ];
}

/**
 * The birth years an age range stands for, counted from the year the document is made, so
 * a reader can line the ages up with the generations listed next to them.
 */
function birthYears(text: ExportText, min: number | null, max: number | null, year: number): string {
  if (min !== null && max !== null) return text.t("demographics.birthYears.range", { from: year - max, to: year - min });
  if (max !== null) return text.t("demographics.birthYears.from", { from: year - max });
  if (min !== null) return text.t("demographics.birthYears.to", { to: year - min });
  return "";
}

/** A generation's name with its birth years; a value this version does not know stays as stored. */
export function generationLabel(text: ExportText, namespace: "demographics.generationOptions" | "personas.generations", value: string) {
  const key = `${namespace}.${value}`;
  return text.has(key) ? text.t(key) : value;
}

/** Step 3: the broad demographic and sociocultural strokes shared by every persona. */
export function demographicsBlocks(data: PlanExport, text: ExportText): Block[] {
  const { targetProfile: profile, steps } = data.plan;
  const step = stepStatus(steps, 3);
  const d = (key: string) => text.t(`plan.demographics.${key}`);
  const blocks: Block[] = [heading(1, text.t("export.sections.demographics"), { pageBreakBefore: true })];
  if (!profile) return [...blocks, missingSection(text, step)];
  const years = birthYears(text, profile.ageMin, profile.ageMax, data.generatedAt.getUTCFullYear());
  return [
    ...blocks,
    ...incompleteStep(text, step),
    ...field(d("age"), ageRange(text, profile.ageMin, profile.ageMax)),
    ...(years ? [paragraph(years)] : []),
    ...listField(
      d("generations"),
      filledItems(profile.generations).map((g) => generationLabel(text, "demographics.generationOptions", g)),
    ),
    ...inlineListField(d("genders"), profile.genders),
    ...inlineListField(d("locations"), profile.locations),
    ...field(d("household"), profile.household),
    ...field(d("occupation"), profile.occupation),
    ...field(d("economicLevel"), profile.economicLevel),
    ...field(d("educationLevel"), profile.educationLevel),
    ...inlineListField(d("languages"), profile.languages),
    ...field(d("valuesAndCustoms"), profile.valuesAndCustoms),
  ];
}
