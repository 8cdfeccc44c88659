import type { PlanExport } from "@/lib/export/plan-export";
import type { ExportText } from "@/lib/export/export-text";
import { ageRange, birthYears, genderNames, networkNames } from "@/lib/export/plan-wording";
import {
  below,
  field,
  heading,
  inlineListField,
  listField,
  missingSection,
  paragraph,
  sectionHeading,
  type Block,
  type Placement,
} from "./blocks";
import { filledItems } from "./user-text";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

/** Step 2: who else sells to the audience, and where that audience is online. */
export function marketBlocks(data: PlanExport, text: ExportText, at: Placement): Block[] {
  const { competitors, digitalProfile } = data.plan;
  const { step } = at;
  const m = (key: MessageKeyIn<"plan.market">) => text.t(`plan.market.${key}`);
  const blocks: Block[] = [sectionHeading(text.t("export.sections.market"), at)];
  if (!competitors.length && !digitalProfile) return [...blocks, missingSection(text, step)];
  blocks.push(...at.notes, heading(below(at.level), m("competitorsTitle")));
  if (!competitors.length) blocks.push(missingSection(text, step));
  for (const c of competitors) {
    blocks.push(
      heading(below(at.level, 2), c.name),
      ...field(m("website"), c.website),
      ...field(m("overlap"), c.overlap),
      ...field(m("revenueModel"), c.revenueModel),
      ...field(m("channels"), c.channels),
      ...field(m("notes"), c.notes),
    );
  }
  blocks.push(heading(below(at.level), m("digitalTitle")));
  if (!digitalProfile) return [...blocks, missingSection(text, step)];
  return [
    ...blocks,
    ...inlineListField(m("socialNetworks"), networkNames(text, digitalProfile.socialNetworks)),
    ...inlineListField(m("media"), digitalProfile.media),
    ...inlineListField(m("keywords"), digitalProfile.keywords),
    ...field(m("needs"), digitalProfile.needs),
    ...field(m("painPoints"), digitalProfile.painPoints),
  ];
}

/** A generation's name with its birth years; a value this version does not know stays as stored. */
export function generationLabel(text: ExportText, namespace: "demographics.generationOptions" | "personas.generations", value: string) {
  const key = `${namespace}.${value}`;
  return text.has(key) ? text.t(key) : value;
}

/** Step 3: the broad demographic and sociocultural strokes shared by every persona. */
export function demographicsBlocks(data: PlanExport, text: ExportText, at: Placement): Block[] {
  const { targetProfile: profile } = data.plan;
  const d = (key: MessageKeyIn<"plan.demographics">) => text.t(`plan.demographics.${key}`);
  const blocks: Block[] = [sectionHeading(text.t("export.sections.demographics"), at)];
  if (!profile) return [...blocks, missingSection(text, at.step)];
  const years = birthYears(text, profile.ageMin, profile.ageMax, data.generatedAt.getUTCFullYear());
  return [
    ...blocks,
    ...at.notes,
    ...field(d("age"), ageRange(text, profile.ageMin, profile.ageMax)),
    ...(years ? [paragraph(years)] : []),
    ...listField(
      d("generations"),
      filledItems(profile.generations).map((g) => generationLabel(text, "demographics.generationOptions", g)),
    ),
    ...inlineListField(d("genders"), genderNames(text, profile.genders)),
    ...inlineListField(d("locations"), profile.locations),
    ...field(d("household"), profile.household),
    ...field(d("occupation"), profile.occupation),
    ...field(d("economicLevel"), profile.economicLevel),
    ...field(d("educationLevel"), profile.educationLevel),
    ...inlineListField(d("languages"), profile.languages),
    ...field(d("valuesAndCustoms"), profile.valuesAndCustoms),
  ];
}
