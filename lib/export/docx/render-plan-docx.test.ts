import { expect, it } from "vitest";
import { addComment, replyToComment } from "@/db/queries/comments";
import type { MoneyTotal, PlanOverview } from "@/db/queries/plan-overview-model";
import { loadPlanExport } from "@/lib/export/load-plan-export";
import type { PlanExport } from "@/lib/export/plan-export";
import type { MessageKey } from "@/lib/i18n/app-config";
import { describeEachDatabase } from "@/lib/testing/databases";
import {
  EXPORT_LARGE_PLAN,
  EXPORT_SMALL_PLAN,
  exportFixture,
  HOSTILE,
  EXPORT_NOW,
  setCampaignDates,
  UNANSWERED_PAIN,
} from "@/lib/testing/export-fixture";
import { JOURNEY_WORDS, sampleJourney, setJourney } from "@/lib/testing/journey-seed";
import { assertWellFormedXml, docxExportText, paragraphs, runTexts, zipEntry } from "./docx-testing";
import type { StepSlug } from "@/lib/wizard/steps";
import { renderPlanDocx } from "./render-plan-docx";

async function render(data: PlanExport) {
  const text = await docxExportText(data.locale);
  const docx = await renderPlanDocx(data, text);
  const part = (name: string) => zipEntry(docx, name).toString("utf8");
  const xml = part("word/document.xml");
  const styled = (style: string) =>
    paragraphs(xml)
      .filter((p) => p.style === style)
      .map((p) => p.text);
  return { docx, xml, part, text, texts: runTexts(xml), styled };
}

/** Sums per currency computed here, independently of the plan overview's own totals. */
function sums(items: readonly { budgetCents: number; currency: string }[]): MoneyTotal[] {
  const byCurrency: Record<string, number> = {};
  for (const { budgetCents, currency } of items) byCurrency[currency] = (byCurrency[currency] ?? 0) + budgetCents;
  return Object.keys(byCurrency)
    .sort()
    .map((currency) => ({ currency, cents: byCurrency[currency]! }));
}

const allCampaigns = (plan: PlanOverview) => plan.campaigns.flatMap((g) => g.campaigns);

describeEachDatabase(
  "renderPlanDocx",
  (getConnection) => {
    it("writes Word's own title, headings, lists and repeating table headers, on A4 with page numbers", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, hostile: true });
      const { xml, part, text, styled } = await render(data);
      assertWellFormedXml(xml);
      const t = (key: MessageKey) => text.t(key);

      expect(styled("Title")).toEqual(["Guitarras Lorca"]);
      expect(styled("Heading1")).toEqual(
        (["summary", "market", "demographics", "personas", "integration"] as const).map((s) => t(`export.sections.${s}`)),
      );
      expect(styled("Heading2")).toEqual(
        expect.arrayContaining((["content", "social", "campaigns", "timeline"] as const).map((s) => t(`export.sections.${s}`))),
      );
      expect(styled("Heading3")).toEqual(expect.arrayContaining([HOSTILE.script, "Persona 2.1"]));
      expect(styled("Heading1")).not.toContain(t("export.sections.appendix"));

      const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
      expect(tables).toBeGreaterThanOrEqual(5);
      // Exactly one repeating header row per table, and no row may break across pages.
      expect(xml.match(/<w:tblHeader[ />]/g)).toHaveLength(tables);
      for (const tbl of xml.split("<w:tbl>").slice(1))
        expect(tbl).toMatch(/^<w:tblPr>.*?<\/w:tblGrid><w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/>/);
      expect(xml.match(/<w:tr>/g)?.length).toBe(xml.match(/<w:cantSplit\/>/g)?.length);
      expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');

      const styles = part("word/styles.xml");
      assertWellFormedXml(styles);
      expect(styles).toContain('w:styleId="PlanMissingNote"');
      expect(styles).toContain('<w:lang w:val="en-US"/>');
      expect(styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/);
      const footer = part("word/footer1.xml");
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(part("docProps/core.xml")).toContain(`<dc:title>Guitarras Lorca · ${t("export.documentTitle")}</dc:title>`);
    });

    it("shows every hostile string exactly as typed, never as markup", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, hostile: true });
      const { xml, texts } = await render(data);
      assertWellFormedXml(xml);
      for (const value of Object.values(HOSTILE)) {
        if (value === HOSTILE.newline) continue;
        expect(texts, value).toContain(value);
      }
      // A typed line break is a Word line break between two runs, not a space or a new paragraph.
      expect(texts).toEqual(expect.arrayContaining(["line one", "line two"]));
      expect(paragraphs(xml).some((p) => p.text.endsWith(HOSTILE.newline))).toBe(true);
      expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(xml).not.toContain("<script>");
    });

    it("drops the characters XML refuses, so Word never calls the file corrupt", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
      const broken = structuredClone(data);
      broken.plan.project.name = "A\u0000B\u0008C\u001FD\uFFFEE\uD800F\tG";
      broken.plan.categories[0]!.offerings[0]!.personas[0]!.name = "Lone \uDC00surrogate 🎸";
      const { xml, part, styled } = await render(broken);
      assertWellFormedXml(xml);
      assertWellFormedXml(part("docProps/core.xml"));
      expect(styled("Title")).toEqual(["ABCDEF\tG"]);
      expect(styled("Heading3")).toContain("Lone surrogate 🎸");
    });

    it("names every persona and shows campaign totals per offering and per channel that add up", async () => {
      const { data } = await exportFixture(getConnection().db, { size: { ...EXPORT_SMALL_PLAN, campaigns: 6 } });
      const { plan } = data;
      const { xml, texts, text } = await render(data);
      assertWellFormedXml(xml);
      for (const persona of plan.categories.flatMap((c) => c.offerings.flatMap((o) => o.personas))) expect(texts).toContain(persona.name);

      const campaigns = allCampaigns(plan);
      expect(campaigns).toHaveLength(6);
      for (const group of plan.campaigns) {
        expect(group.totals).toEqual(sums(group.campaigns));
        for (const total of group.totals) expect(texts).toContain(text.money(total));
      }
      for (const channel of plan.budget.byChannel) {
        const own = campaigns.filter((c) => c.channel.trim().toLowerCase() === channel.channel.toLowerCase());
        expect(channel.totals).toEqual(sums(own));
        for (const total of channel.totals) expect(texts).toContain(text.money(total));
      }
      // The grand total equals the sum of the offerings' totals and of the channels' totals.
      const flatten = (lists: MoneyTotal[][]) => sums(lists.flat().map(({ cents, currency }) => ({ budgetCents: cents, currency })));
      expect(plan.budget.total).toEqual(sums(campaigns));
      expect(flatten(plan.campaigns.map((g) => g.totals))).toEqual(plan.budget.total);
      expect(flatten(plan.budget.byChannel.map((c) => c.totals))).toEqual(plan.budget.total);
      expect(plan.budget.total.length).toBeGreaterThan(1);
      for (const total of plan.budget.total) expect(texts).toContain(text.money(total));
      expect(texts).toContain(text.t("plan.campaigns.currencyNote"));
    });

    it("lists campaigns by start date in the timeline, undated ones last", async () => {
      const { db } = getConnection();
      const { data, reload } = await exportFixture(db, { size: { ...EXPORT_SMALL_PLAN, campaigns: 3 } });
      const [first, second, third] = allCampaigns(data.plan);
      await setCampaignDates(db, first!.id, null, null);
      await setCampaignDates(db, second!.id, "2026-09-01", "2026-09-30");
      await setCampaignDates(db, third!.id, null, "2026-02-28");
      const { xml, text } = await render(await reload());
      const timeline = xml.slice(xml.lastIndexOf("<w:tbl>"));
      const rows = [...timeline.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].slice(1).map((row) => runTexts(row[0]));
      // Campaign, start and end: a campaign with only an end date is placed by it.
      expect(rows.map((cells) => cells.slice(-2))).toEqual([
        [expect.stringContaining(third!.channel), text.date("2026-02-28")],
        [text.date("2026-09-01"), text.date("2026-09-30")],
        [expect.stringContaining(first!.channel), text.t("export.timeline.undated")],
      ]);
    });

    it("marks what an incomplete plan is missing instead of failing", async () => {
      const { db } = getConnection();
      const { data } = await exportFixture(db, {
        size: { offerings: 1, personasPerOffering: 0, contentIdeas: 0, socialPlans: 0, campaigns: 0 },
      });
      const { xml, text, styled } = await render(data);
      assertWellFormedXml(xml);
      const missing = (number: number, slug: StepSlug) =>
        text.t("export.missing.section", { number, step: text.t(`wizard.steps.${slug}`) });
      const notes = styled("PlanMissingNote");
      expect(notes).toContain(text.t("export.missing.draft"));
      expect(notes).toContain(missing(4, "personas"));
      // Content, social networks, campaigns and timeline each say step 5 fills them.
      expect(notes.filter((n) => n === missing(5, "integration"))).toHaveLength(4);

      // Nothing at all, not even an offering: every section still renders, with its note.
      const empty = structuredClone(data);
      Object.assign(empty.plan, {
        categories: [],
        offerings: [],
        offeringCount: 0,
        competitors: [],
        digitalProfile: null,
        targetProfile: null,
      });
      empty.plan.steps = empty.plan.steps.map((s) => ({ ...s, started: false, completed: false, missing: [] }));
      empty.plan.incompleteSteps = empty.plan.steps;
      empty.reviews = empty.plan.steps.map((step) => ({ step, review: null }));
      const none = await render(empty);
      assertWellFormedXml(none.xml);
      expect(none.styled("Heading1")).toHaveLength(5);
      expect(none.styled("PlanMissingNote")).toEqual(
        expect.arrayContaining([missing(1, "offerings"), missing(2, "competitors"), missing(3, "demographics"), missing(4, "personas")]),
      );
    });

    it("is written in Spanish for a Spanish reader", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale: "es" });
      const { xml, part, styled } = await render(data);
      assertWellFormedXml(xml);
      expect(styled("Heading1")).toEqual([
        "Resumen",
        "Competencia y perfil digital de tu público",
        "Perfil demográfico y sociocultural",
        "Buyer personas",
        "Integración con las acciones de marketing",
      ]);
      expect(styled("Heading2")).toEqual(
        expect.arrayContaining(["Plan de contenidos", "Campañas y presupuesto", "Calendario de campañas"]),
      );
      expect(part("word/styles.xml")).toContain('<w:lang w:val="es-ES"/>');
      expect(part("word/footer1.xml")).toContain("Página");
    });

    it("writes each persona's fit under its card: the share, the unanswered pain first, then the canvas table", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale: "es" });
      const { xml, styled } = await render(data);
      assertWellFormedXml(xml);
      const texts = paragraphs(xml).map((p) => p.text);
      const share = "Offering 1 responde a 2 de 3 frustraciones y alegrías esenciales o importantes (67\u00a0%).";
      const unanswered = `Esencial · Frustración: ${UNANSWERED_PAIN}`;
      expect(texts).toContain(share);
      expect(texts.filter((t) => t === unanswered)).toHaveLength(2);
      // Labels, not headings: the outline keeps one entry per persona.
      expect(styled("PlanFieldLabel")).toEqual(
        expect.arrayContaining(["Encaje entre Persona 1.1 y Offering 1", "Sin respuesta todavía", "Qué responde a cada frustración"]),
      );
      expect(styled("Heading3")).not.toContain("Encaje entre Persona 1.1 y Offering 1");
      const after = texts.indexOf(share);
      expect(texts.indexOf(unanswered, after)).toBeLessThan(texts.indexOf("Respondido por", after));
      expect(texts.slice(texts.indexOf("Respondido por", after) + 1).slice(8, 12)).toEqual([
        "Frustración",
        UNANSWERED_PAIN,
        "Esencial",
        "Sin respuesta",
      ]);
      expect(texts).toContain("Competidores que ya la ofrecen: Big music chain");
      expect(texts).toContain("Le vendes a través de Persona 2.1 (Offering 2)");
    });

    it("writes the journey map under the persona that has one: a table of its stages, the feelings as text, the hypothesis", async () => {
      const { db } = getConnection();
      const { data, reload } = await exportFixture(db, { size: EXPORT_SMALL_PLAN });
      const { xml, styled, text } = await render(data);
      assertWellFormedXml(xml);
      const texts = paragraphs(xml).map((p) => p.text);
      expect(styled("PlanFieldLabel").filter((t) => t.startsWith("Customer journey of"))).toEqual(["Customer journey of Persona 1.1"]);
      expect(texts).toContain(`${text.t("planJourney.objective")}: ${JOURNEY_WORDS.objective}`);
      expect(styled("PlanMissingNote")).toContain(text.t("planJourney.hypothesis"));
      // The table: a header row of stages, then one row per part of the map.
      const header = ["Stage", "Awareness", "Consideration", "Decision", "Workshop visit", "Retention", "Advocacy"];
      const start = texts.indexOf("Stage", texts.indexOf("Customer journey of Persona 1.1"));
      expect(texts.slice(start, start + 7)).toEqual(header);
      expect(texts.slice(start + 7 * 3, start + 7 * 4)).toEqual([
        "Feeling",
        "Positive",
        "Neutral",
        "Anxious (very negative)",
        "",
        "Positive",
        "Very positive",
      ]);
      expect(texts.slice(start + 7 * 4, start + 7 * 5)).toEqual(["Pain points", "", "", JOURNEY_WORDS.painPoint, "", "", ""]);
      // The curve as text, one feeling per stage.
      expect(styled("PlanFieldLabel")).toContain("Feeling per stage");
      expect(texts).toEqual(expect.arrayContaining(["Decision: Anxious (very negative)", "Workshop visit: not set"]));

      // Once walked, the date and what was found replace the hypothesis.
      const personaId = data.plan.offerings[0]!.personas[0]!.id;
      const stageIds = data.plan.stages.map((s) => s.id);
      await setJourney(db, personaId, sampleJourney(stageIds, "2026-06-01"));
      const walked = await render(await reload());
      expect(paragraphs(walked.xml).map((p) => p.text)).toContain(`Walked on June 1, 2026: ${JOURNEY_WORDS.walkedNotes}`);
      expect(walked.styled("PlanMissingNote")).not.toContain(text.t("planJourney.hypothesis"));
    });

    it("adds the appendix with reviews and open comments only when asked", async () => {
      const { db } = getConnection();
      const { projectId, ownerId } = await exportFixture(db, { size: EXPORT_SMALL_PLAN });
      const threadId = await addComment({ id: ownerId }, projectId, {
        step: 2,
        target: null,
        body: `${HOSTILE.script}\n${HOSTILE.formula}`,
      });
      await replyToComment({ id: ownerId }, projectId, { parentId: threadId, body: HOSTILE.rtl });
      const data = await loadPlanExport({ actor: { id: ownerId }, projectId, locale: "en", withComments: true, now: EXPORT_NOW });
      const { xml, text, texts, styled } = await render(data);
      assertWellFormedXml(xml);
      expect(styled("Heading1").at(-1)).toBe(text.t("export.sections.appendix"));
      expect(styled("Heading3")).toContain(text.t("exportDocx.stepTitle", { number: 2, step: text.t("wizard.steps.competitors") }));
      expect(texts).toEqual(
        expect.arrayContaining([HOSTILE.script, HOSTILE.formula, HOSTILE.rtl, text.t("export.appendix.statuses.none")]),
      );
      expect(paragraphs(xml).some((p) => p.text === `${HOSTILE.script}\n${HOSTILE.formula}`)).toBe(true);
      expect(styled("PlanFieldLabel")).toContain(text.t("export.appendix.replies", { count: 1 }));
    });

    // How long it takes and how much memory it needs are measured by `npm run bench` (BENCH_ONLY=exports).
    it("writes the large plan as a well-formed document", { timeout: 60_000 }, async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_LARGE_PLAN });
      expect(data.plan.personaCount).toBe(48);
      expect(data.plan.contentIdeaCount).toBe(200);
      expect(data.plan.campaignCount).toBe(40);
      const { xml } = await render(data);
      assertWellFormedXml(xml);
    });
  },
  { kinds: ["pglite"] },
);
