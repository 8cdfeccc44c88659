import type { OfferingOverview, PersonaRow, StepStatus } from "@/db/queries/plan-overview-model";
import type { PlanSection } from "@/lib/wizard/steps";
import { authorName, type ExportText } from "../export-text";
import type { PlanExport } from "../plan-export";
import { planParts, writeStepParts, type SectionPlacement, type SectionWriter as GenericSectionWriter } from "../plan-parts";
import {
  ageRange,
  birthYears,
  campaignDates,
  decisionRoleNames,
  genderNames,
  incompleteStepLines,
  missingSectionText,
  moneyLines,
  networkNames,
  planTotals,
  sectionStep,
  stepName,
  stepStatus,
} from "../plan-wording";
import { markdownInline, markdownParagraph } from "./escape-markdown";
import { fields, heading, isBlank, note, paragraph, table, type Block } from "./blocks";
import { personaFitBlocks } from "./fit-blocks";
import { personaJourneyBlocks } from "./journey-blocks";
import { assumptionsBlocks, personaValidationBlocks } from "./validation-blocks";
import { personaB2bBlocks } from "./b2b-blocks";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

// The plan as one Markdown file (CommonMark with GFM tables), for pasting into a wiki, a
// repository or a notes app. Every piece of text, the user's and our own wording alike, goes
// through escape-markdown.ts: no string reaches the file unescaped, so no answer can add a
// heading, a link or HTML. The only structure is the one written here.

// ---------------------------------------------------------------------------------------
// Steps: which one fills a section, and what it still lacks
// ---------------------------------------------------------------------------------------

/** Where a section is written: its heading is at level 2 as a part of its own, 3 under its step's heading. */
type Placement = SectionPlacement<Block, number>;
type SectionWriter = GenericSectionWriter<Block, number>;

/** The note standing in for a section with nothing in it yet, naming the step that fills it. */
const missingSection = (text: ExportText, step: StepStatus): Block => note(missingSectionText(text, step.number));

/** For a step with answers that is not complete: says so, with what the step says is missing. */
function incompleteStep(text: ExportText, step: StepStatus): Block[] {
  const found = incompleteStepLines(text, step);
  if (!found) return [];
  const lines = [found.title, ...found.gaps];
  // One quote, the gaps as a list inside it.
  return [lines.map((line, i) => `> ${i ? "- " : ""}${markdownParagraph(line, i ? ">   " : "> ")}`).join("\n")];
}

// ---------------------------------------------------------------------------------------
// 1. Cover
// ---------------------------------------------------------------------------------------

function cover(data: PlanExport, text: ExportText): Block[] {
  const { project, steps } = data.plan;
  const team = data.members.map(
    ({ name, role }) => `- ${markdownParagraph(text.t("export.cover.memberLine", { name, role: text.t(`members.roles.${role}`) }), "  ")}`,
  );
  return [
    heading(1, project.name),
    `**${markdownInline(text.t("export.documentTitle"))}**`,
    ...(isBlank(project.description) ? [] : [paragraph(project.description)]),
    paragraph(text.t("export.cover.preparedOn", { date: text.date(data.generatedAt) })),
    ...(team.length ? [`**${markdownInline(text.t("export.cover.team"))}**`, team.join("\n")] : []),
    ...(steps.some((s) => !s.completed) ? [note(text.t("export.missing.draft"))] : []),
  ];
}

// ---------------------------------------------------------------------------------------
// 2. Summary
// ---------------------------------------------------------------------------------------

function summary(data: PlanExport, text: ExportText): Block[] {
  const { plan } = data;
  const step = sectionStep(plan, "offerings");
  const blocks = [heading(2, text.t("export.sections.summary"))];
  if (plan.offeringCount === 0) return [...blocks, missingSection(text, step)];
  const s = (key: MessageKeyIn<"export.summary">) => text.t(`export.summary.${key}`);
  const rows = plan.offerings.map((offering) => [
    offering.categoryName,
    offering.name,
    offering.objective,
    text.t("plan.offerings.importanceValue", { weight: offering.weight }),
    offering.personas.length ? offering.personas.map((p) => p.name).join("\n") : text.t("export.missing.field"),
  ]);
  return [
    ...blocks,
    ...incompleteStep(text, step),
    paragraph(planTotals(text, plan)),
    table([s("category"), s("offering"), s("objective"), s("importance"), s("personaCount")], rows),
  ];
}

// ---------------------------------------------------------------------------------------
// 3. Competitors and digital profile; 4. Demographic profile
// ---------------------------------------------------------------------------------------

const market: SectionWriter = (data, text, at) => {
  const { competitors, digitalProfile: profile } = data.plan;
  const m = (key: MessageKeyIn<"plan.market">) => text.t(`plan.market.${key}`);
  const blocks = [heading(at.level, text.t("export.sections.market"))];
  if (!competitors.length && !profile) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes, heading(at.level + 1, m("competitorsTitle")));
  if (!competitors.length) blocks.push(note(m("noCompetitors")));
  for (const competitor of competitors) {
    blocks.push(
      heading(at.level + 2, competitor.name),
      ...fields([
        { label: m("website"), value: competitor.website },
        { label: m("overlap"), value: competitor.overlap },
        { label: m("revenueModel"), value: competitor.revenueModel },
        { label: m("channels"), value: competitor.channels },
        { label: m("notes"), value: competitor.notes },
      ]),
    );
  }
  blocks.push(heading(at.level + 1, m("digitalTitle")));
  if (!profile) return [...blocks, note(m("noDigital"))];
  return [
    ...blocks,
    ...fields([
      { label: m("socialNetworks"), value: networkNames(text, profile.socialNetworks) },
      { label: m("media"), value: profile.media },
      { label: m("keywords"), value: profile.keywords },
      { label: m("needs"), value: profile.needs },
      { label: m("painPoints"), value: profile.painPoints },
    ]),
  ];
};

/** A generation with the birth years it covers, from `namespace`; an unknown one as stored. */
function generation(text: ExportText, namespace: "demographics.generationOptions" | "personas.generations", id: string): string {
  if (isBlank(id) || id === "none") return "";
  const key = `${namespace}.${id}`;
  return text.has(key) ? text.t(key) : id;
}

const demographics: SectionWriter = (data, text, at) => {
  const profile = data.plan.targetProfile;
  const blocks = [heading(at.level, text.t("export.sections.demographics"))];
  if (!profile) return [...blocks, missingSection(text, at.step)];
  const d = (key: MessageKeyIn<"plan.demographics">) => text.t(`plan.demographics.${key}`);
  // The same sentence, from the same rule, as the step 3 hint, the PDF and the DOCX.
  const born = birthYears(text, profile.ageMin, profile.ageMax, data.generatedAt.getUTCFullYear());
  return [
    ...blocks,
    ...at.notes,
    ...(born ? [paragraph(born)] : []),
    ...fields([
      { label: d("age"), value: ageRange(text, profile.ageMin, profile.ageMax) },
      {
        label: d("generations"),
        value: profile.generations.map((g) => generation(text, "demographics.generationOptions", g)),
        bullets: true,
      },
      { label: d("genders"), value: genderNames(text, profile.genders) },
      { label: d("locations"), value: profile.locations },
      { label: d("household"), value: profile.household },
      { label: d("occupation"), value: profile.occupation },
      { label: d("economicLevel"), value: profile.economicLevel },
      { label: d("educationLevel"), value: profile.educationLevel },
      { label: d("languages"), value: profile.languages },
      { label: d("valuesAndCustoms"), value: profile.valuesAndCustoms },
    ]),
  ];
};

// ---------------------------------------------------------------------------------------
// 5. Buyer personas
// ---------------------------------------------------------------------------------------

function offeringIntro(offering: OfferingOverview, text: ExportText, level: number): Block[] {
  const o = (key: MessageKeyIn<"plan.offerings">) => text.t(`plan.offerings.${key}`);
  return [
    heading(level, offering.name),
    ...fields([
      { label: text.t("export.summary.category"), value: offering.categoryName },
      { label: o("definition"), value: offering.definition },
      { label: o("objective"), value: offering.objective },
      { label: o("audience"), value: offering.audience },
      { label: o("tier"), value: text.t(`plan.tiers.${offering.tier}`) },
      { label: o("importance"), value: text.t("plan.offerings.importanceValue", { weight: offering.weight }) },
      {
        label: o("revenueShare"),
        value:
          offering.revenueShare === null
            ? ""
            : new Intl.NumberFormat(text.locale, { style: "percent" }).format(offering.revenueShare / 100),
      },
    ]),
  ];
}

function personaCard(persona: PersonaRow, text: ExportText, level: number): Block[] {
  const p = (key: MessageKeyIn<"export.persona">) => text.t(`export.persona.${key}`);
  return [
    heading(level, persona.name),
    ...(isBlank(persona.description) ? [] : [paragraph(persona.description)]),
    ...fields([
      { label: text.t("plan.persona.age"), value: ageRange(text, persona.ageMin, persona.ageMax) },
      { label: p("gender"), value: persona.gender },
      { label: p("location"), value: persona.location },
      { label: p("occupation"), value: persona.occupation },
      { label: p("generation"), value: generation(text, "personas.generations", persona.generation) },
      { label: p("goals"), value: persona.goals, bullets: true },
      { label: p("jobs"), value: persona.jobs, bullets: true },
      { label: p("pains"), value: persona.pains, bullets: true },
      { label: p("gains"), value: persona.gains, bullets: true },
      { label: p("needs"), value: persona.needs },
      { label: p("motivations"), value: persona.motivations },
      { label: p("ideals"), value: persona.ideals },
      { label: p("decisionRoles"), value: decisionRoleNames(text, persona.decisionRoles) },
      { label: p("intermediary"), value: p(persona.needsIntermediary ? "intermediaryYes" : "intermediaryNo") },
      { label: p("channels"), value: networkNames(text, persona.channels) },
      { label: p("attractingContent"), value: persona.attractingContent },
      { label: p("objections"), value: persona.objections },
    ]),
  ];
}

const personas: SectionWriter = (data, text, at) => {
  const { plan } = data;
  const blocks = [heading(at.level, text.t("export.sections.personas"))];
  if (plan.personaCount === 0) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes, ...assumptionsBlocks(text, plan.offerings));
  for (const offering of plan.offerings) {
    blocks.push(...offeringIntro(offering, text, at.level + 1));
    if (!offering.personas.length) blocks.push(note(text.t("plan.offerings.noPersonas")));
    for (const persona of offering.personas)
      blocks.push(
        ...personaCard(persona, text, at.level + 2),
        ...personaB2bBlocks(text, persona),
        ...personaValidationBlocks(text, persona),
        ...personaFitBlocks(text, persona, offering.name),
        ...personaJourneyBlocks(text, persona),
      );
  }
  return blocks;
};

// ---------------------------------------------------------------------------------------
// 6. Integration: content plan, social networks, campaigns and their timeline
// ---------------------------------------------------------------------------------------

/** Each persona's ideas as the plan orders them: by journey stage, then date. */
const contentPlan: SectionWriter = (data, text, at) => {
  const { plan } = data;
  const c = (key: MessageKeyIn<"plan.content">) => text.t(`plan.content.${key}`);
  const blocks = [heading(at.level, text.t("export.sections.content"))];
  if (!plan.content.length) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes, paragraph(text.t("plan.content.count", { count: plan.contentIdeaCount })));
  for (const { persona, ideas } of plan.content) {
    blocks.push(
      heading(at.level + 1, text.t("plan.content.caption", { persona: persona.name, offering: persona.offeringName })),
      table(
        [c("stage"), c("topic"), c("format"), c("addresses"), c("date")],
        ideas.map((idea) => [
          idea.stage,
          idea.topic,
          idea.format,
          idea.addresses,
          idea.plannedOn ? text.date(idea.plannedOn) : c("noDate"),
        ]),
      ),
    );
  }
  return blocks;
};

const socialMatrix: SectionWriter = (data, text, at) => {
  const { networks, rows, planCount } = data.plan.social;
  const s = (key: MessageKeyIn<"plan.social">) => text.t(`plan.social.${key}`);
  const blocks = [heading(at.level, text.t("export.sections.social"))];
  if (!rows.length) return [...blocks, missingSection(text, at.step)];
  const cell = (plans: readonly { purpose: string; frequency: string; tone: string }[]) =>
    plans.length
      ? plans
          .map((p) =>
            [p.purpose, p.frequency && `${s("frequency")}: ${p.frequency}`, p.tone && `${s("tone")}: ${p.tone}`].filter(Boolean).join("\n"),
          )
          .join("\n")
      : s("none");
  return [
    ...blocks,
    ...at.notes,
    paragraph(text.t("plan.social.count", { count: planCount })),
    paragraph(s("caption")),
    table(
      [s("persona"), text.t("export.csv.offering"), ...networkNames(text, networks)],
      rows.map(({ persona, cells }) => [persona.name, persona.offeringName, ...cells.map(cell)]),
    ),
  ];
};

function campaignsAndBudget(data: PlanExport, text: ExportText, at: Placement): Block[] {
  const { plan } = data;
  const c = (key: MessageKeyIn<"plan.campaigns">) => text.t(`plan.campaigns.${key}`);
  const blocks = [heading(at.level, text.t("export.sections.campaigns"))];
  if (!plan.campaigns.length) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes, paragraph(text.t("plan.campaigns.count", { count: plan.campaignCount })));
  for (const { offering, campaigns, totals } of plan.campaigns) {
    blocks.push(
      heading(at.level + 1, text.t("plan.campaigns.caption", { offering: offering.name })),
      table(
        [c("kind"), c("channel"), c("personas"), c("dates"), c("objective"), c("successMetric"), c("budget")],
        campaigns.map((campaign) => [
          text.t(`plan.kinds.${campaign.kind}`),
          campaign.channel,
          campaign.personas.length ? campaign.personas.map((p) => p.name).join("\n") : c("noPersonas"),
          campaignDates(text, campaign),
          campaign.objective,
          campaign.successMetric,
          text.money({ cents: campaign.budgetCents, currency: campaign.currency }),
        ]),
        [6],
      ),
      paragraph(
        `${text.t("plan.campaigns.offeringTotal", { offering: offering.name })}: ${moneyLines(text, totals).replaceAll("\n", " · ")}`,
      ),
    );
  }
  const header = (group: string) => [group, c("campaignCount"), c("budget")];
  blocks.push(
    heading(at.level + 1, c("byOfferingTitle")),
    table(
      header(c("offering")),
      plan.campaigns.map(({ offering, campaigns, totals }) => [offering.name, text.number(campaigns.length), moneyLines(text, totals)]),
      [1, 2],
    ),
    heading(at.level + 1, c("byChannelTitle")),
    table(
      header(c("channel")),
      plan.budget.byChannel.map(({ channel, campaignCount, totals }) => [channel, text.number(campaignCount), moneyLines(text, totals)]),
      [1, 2],
    ),
    `**${markdownInline(c("total"))}:** ${markdownParagraph(moneyLines(text, plan.budget.total).replaceAll("\n", " · "))}`,
  );
  if (plan.budget.total.length > 1) blocks.push(paragraph(c("currencyNote")));
  return blocks;
}

/** The campaigns by date, as the plan orders them; it follows the campaigns, being drawn from them. */
function timeline(data: PlanExport, text: ExportText, at: Placement): Block[] {
  const t = (key: MessageKeyIn<"export.timeline">) => text.t(`export.timeline.${key}`);
  const blocks = [heading(at.level, text.t("export.sections.timeline"))];
  if (!data.plan.timeline.length) return [...blocks, missingSection(text, at.step)];
  const day = (value: string | null) => (value ? text.date(value) : "");
  return [
    ...blocks,
    table(
      [t("campaign"), text.t("plan.campaigns.offering"), t("start"), t("end")],
      data.plan.timeline.map(({ offering, campaign }) => [
        `${text.t(`plan.kinds.${campaign.kind}`)} · ${campaign.channel}`,
        offering.name,
        campaign.startsOn || campaign.endsOn ? day(campaign.startsOn) : t("undated"),
        day(campaign.endsOn),
      ]),
    ),
  ];
}

// ---------------------------------------------------------------------------------------
// The steps' parts, in the order lib/wizard/steps.ts declares their sections
// ---------------------------------------------------------------------------------------

const SECTIONS: Record<PlanSection, SectionWriter | null> = {
  // The summary's table lists the offerings, and the personas part restates each one above its personas.
  offerings: null,
  market,
  demographics,
  personas,
  content: contentPlan,
  social: socialMatrix,
  campaigns: (data, text, at) => [...campaignsAndBudget(data, text, at), ...timeline(data, text, at)],
};

const PARTS = planParts(SECTIONS);

const stepParts = (data: PlanExport, text: ExportText): Block[] =>
  writeStepParts(data, text, PARTS, {
    partLevel: 2,
    sectionLevel: 3,
    stepHeading: (title) => heading(2, title),
    notes: (step) => incompleteStep(text, step),
  });

// ---------------------------------------------------------------------------------------
// 7. Appendix: reviews and open comments, only when the reader asked for them
// ---------------------------------------------------------------------------------------

function appendix(data: PlanExport, text: ExportText, openComments: NonNullable<PlanExport["openComments"]>): Block[] {
  const a = (key: MessageKeyIn<"export.appendix">) => text.t(`export.appendix.${key}`);
  const stepLabel = (step: StepStatus) => `${text.t("wizard.stepNumber", { number: step.number })}: ${stepName(text, step)}`;
  const blocks = [
    heading(2, text.t("export.sections.appendix")),
    heading(3, a("reviews")),
    table(
      [a("step"), a("status"), a("reviewer"), a("date"), a("note")],
      data.reviews.map(({ step, review }) => {
        if (!review) return [stepLabel(step), a("statuses.none"), "", "", ""];
        return [
          stepLabel(step),
          a(`statuses.${review.status}`),
          review.reviewerName ?? text.t("comments.review.formerMentor"),
          text.date(review.updatedAt),
          review.note,
        ];
      }),
    ),
    heading(3, a("comments")),
  ];
  if (!openComments.length) return [...blocks, paragraph(a("noComments"))];
  const label = (value: string) => `**${markdownInline(value)}:**`;
  for (const { step, threads } of openComments) {
    blocks.push(heading(4, stepLabel(stepStatus(data.plan.steps, step))));
    const items = threads.map((thread) => {
      const about = thread.target
        ? `${text.t(`comments.kinds.${thread.target.kind}`)}: ${thread.target.label ?? text.t("comments.removedItem")}`
        : a("wholeStep");
      const replies = thread.replies.map(
        (reply) =>
          `  - ${markdownParagraph(`${text.t("comments.byline", { name: authorName(text, reply.authorName), date: text.date(reply.createdAt) })}: ${reply.body}`, "    ")}`,
      );
      return [
        `- ${label(a("about"))} ${markdownParagraph(about, "  ")}`,
        "",
        `  ${label(a("author"))} ${markdownParagraph(authorName(text, thread.authorName), "  ")} · ${label(a("date"))} ${markdownParagraph(text.date(thread.createdAt))}`,
        "",
        `  ${markdownParagraph(thread.body, "  ")}`,
        ...(replies.length
          ? ["", `  ${markdownParagraph(text.t("export.appendix.replies", { count: replies.length }))}`, "", ...replies]
          : []),
      ].join("\n");
    });
    blocks.push(items.join("\n\n"));
  }
  return blocks;
}

/** The whole plan as Markdown, in the document's language; an incomplete plan says what is missing instead of failing. */
export function renderPlanMarkdown(data: PlanExport, text: ExportText): string {
  const blocks = [
    ...cover(data, text),
    ...summary(data, text),
    ...stepParts(data, text),
    ...(data.openComments === null ? [] : appendix(data, text, data.openComments)),
    "---",
    paragraph(text.t("export.cover.generatedBy")),
  ];
  return `${blocks.filter((block) => block !== "").join("\n\n")}\n`;
}
