import { readFileSync } from "node:fs";
import type { StepSlug } from "@/lib/wizard/steps";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, it } from "vitest";
import { addComment } from "@/db/queries/comments";
import { totalsByCurrency, type MoneyTotal } from "@/db/queries/plan-overview-model";
import { exportText, type ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { describeEachDatabase } from "@/lib/testing/databases";
import { EXPORT_SMALL_PLAN, exportFixture, HOSTILE, EXPORT_NOW, UNANSWERED_PAIN } from "@/lib/testing/export-fixture";
import { JOURNEY_WORDS } from "@/lib/testing/journey-seed";
import { planSummary } from "./cover";
import { initials, personaQuote } from "./personas-section";
import { renderPlanPdf } from "./render-plan-pdf";

/** The PDF's text as a reader's copy would give it, pages joined. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text, pages: totalPages };
}

/** Line breaks and the no-break spaces of formatted money read as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, " ");

const render = async (data: PlanExport) => {
  const text = await exportText(data.locale);
  const pdf = await renderPlanPdf(data, text);
  const { text: printed, pages } = await pdfText(pdf);
  return { pdf, text, printed, pages };
};

const moneyText = (text: ExportText, totals: MoneyTotal[]) => totals.map((t) => flat(text.money(t))).join(" ");

describeEachDatabase(
  "renderPlanPdf",
  (getConnection) => {
    it("prints every persona and budget totals per offering and per channel that add up", async () => {
      const size = { offerings: 3, personasPerOffering: 2, contentIdeas: 12, socialPlans: 6, campaigns: 9 };
      const { data } = await exportFixture(getConnection().db, { size });
      const { pdf, text, ...out } = await render(data);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const printed = flat(out.printed);

      for (const persona of data.plan.categories.flatMap((c) => c.offerings.flatMap((o) => o.personas))) {
        expect(printed).toContain(persona.name);
      }
      // Mixed currencies: the fixture prices every third campaign in dollars.
      expect(data.plan.budget.total.map((t) => t.currency)).toEqual(["EUR", "USD"]);

      for (const group of data.plan.campaigns) {
        // The per-offering sum, recomputed from the campaigns themselves...
        expect(group.totals).toEqual(totalsByCurrency(group.campaigns));
        // ...closes the offering's table, and is the offering's row in the budget table.
        const label = flat(text.t("plan.campaigns.offeringTotal", { offering: group.offering.name }));
        expect(printed).toContain(`${label} ${moneyText(text, group.totals)}`);
        expect(printed).toContain(`${group.offering.name} ${group.campaigns.length} ${moneyText(text, group.totals)}`);
      }

      const all = data.plan.campaigns.flatMap((g) => g.campaigns);
      for (const row of data.plan.budget.byChannel) {
        const inChannel = all.filter((c) => c.channel.trim().toLowerCase() === row.channel.toLowerCase());
        expect(row.totals).toEqual(totalsByCurrency(inChannel));
        expect(printed).toContain(`${row.channel} ${inChannel.length} ${moneyText(text, row.totals)}`);
      }
      // Per offering and per channel add up to the same grand total, which the PDF prints once.
      const byOffering = totalsByCurrency(
        data.plan.campaigns.flatMap((g) => g.totals.map((t) => ({ budgetCents: t.cents, currency: t.currency }))),
      );
      const byChannel = totalsByCurrency(
        data.plan.budget.byChannel.flatMap((r) => r.totals.map((t) => ({ budgetCents: t.cents, currency: t.currency }))),
      );
      expect(byOffering).toEqual(data.plan.budget.total);
      expect(byChannel).toEqual(data.plan.budget.total);
      // The label is printed in capitals.
      expect(printed).toContain(`${text.t("plan.campaigns.total").toUpperCase()} ${moneyText(text, data.plan.budget.total)}`);
    });

    it("prints what users typed literally: markup, formulas, Markdown, emoji and right-to-left text", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, hostile: true });
      const { pdf, printed } = await render(data);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

      for (const literal of [
        HOSTILE.script,
        HOSTILE.heading,
        HOSTILE.formula,
        HOSTILE.bold,
        HOSTILE.pipe,
        HOSTILE.plus,
        HOSTILE.minus,
        HOSTILE.at,
      ]) {
        expect(printed).toContain(literal);
      }
      expect(printed).toContain(HOSTILE.newline);
      // Emoji are drawn with the monochrome Noto Emoji font and read back as the same characters.
      expect(printed).toContain(HOSTILE.emoji);
      // Right-to-left words come back whole, but in the order they are drawn on the line
      // (visual order, as PDF text is stored), so the sentence is checked word by word.
      // Arabic letters are shaped into joined forms; the extractor returns the letters.
      for (const word of ["שלום", "עולם"]) expect(printed).toContain(word);
      for (const letter of ["م", "ر", "ح", "ب", "ا"]) expect(printed).toContain(letter);
    });

    it("prints other alphabets, and marks what no font can draw instead of printing wrong letters", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
      const persona = data.plan.categories[0]!.offerings[0]!.personas[0]!;
      persona.goals = ["Привет Ελληνικά Tiếng Việt", "नमस्ते", "漢字 → ✓", "tab\there"];
      const { printed } = await render(data);
      for (const drawn of ["Привет Ελληνικά Tiếng Việt", "नमस्ते", "tab here"]) expect(printed).toContain(drawn);
      // Chinese and these two symbols are in none of the bundled fonts: each prints as �.
      expect(printed).toContain("\uFFFD\uFFFD \uFFFD \uFFFD");
    });

    it("opens with a branded cover and summary, then gives every persona a page of their own", async () => {
      const size = { offerings: 2, personasPerOffering: 2, contentIdeas: 8, socialPlans: 4, campaigns: 4 };
      const { data: plain } = await exportFixture(getConnection().db, { size });
      const logo = { bytes: new Uint8Array(readFileSync("e2e/support/guitar-logo.png")), type: "image/png" as const };
      const data = { ...plain, branding: { accentColor: "#b4532a", logo } };
      const { pdf, text } = await render(data);
      const doc = await getDocumentProxy(new Uint8Array(pdf));
      const pageText = async (n: number) =>
        flat(((await (await doc.getPage(n)).getTextContent()).items as { str: string }[]).map((i) => i.str).join(" "));
      const cover = await pageText(1);
      expect(cover).toContain(data.plan.project.name);
      expect(cover).toContain(flat(planSummary(data, text)));
      expect(cover).toContain("Offering 1 and Offering 2");
      // The logo is drawn on the cover: the PDF embeds one image.
      expect(pdf.includes("/Subtype /Image")).toBe(true);
      const personas = data.plan.offerings.flatMap((o) => o.personas.map((p) => ({ p, offering: o.name })));
      const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => pageText(i + 1)));
      for (const { p, offering } of personas) {
        const sheets = pages.filter((page) => page.includes(`${p.name} ${text.t("export.persona.offering")}: ${offering}`));
        expect(sheets, p.name).toHaveLength(1);
        expect(sheets[0]).toContain(`${initials(p.name)} ${p.name}`);
        expect(sheets[0]).toContain(`“${personaQuote(p)}”`);
      }
      // No other persona shares a sheet's page.
      for (const page of pages)
        expect(personas.filter(({ p }) => page.includes(`${initials(p.name)} ${p.name}`)).length).toBeLessThanOrEqual(1);
      expect(initials("  lucía  gómez ruiz")).toBe("LG");
    });

    it("prints each persona's fit after its sheet: the share, the unanswered pain, the canvas and what answers each pain", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
      const printed = flat((await render(data)).printed);
      for (const offering of ["Offering 1", "Offering 2"]) {
        expect(printed).toContain(`${offering} answers 2 of 3 essential and important pains and gains (67%).`);
      }
      expect(printed.split(`Essential · Pain: ${UNANSWERED_PAIN}`)).toHaveLength(3);
      // The canvas's rows: kind, item, importance, what answers it.
      expect(printed).toContain(`Pain ${UNANSWERED_PAIN} Essential Not answered`);
      expect(printed).toContain("Gain A warm tone Important Hand-voiced top");
      expect(printed).toContain("Pride in craft — Competitors that already offer it: Big music chain");
      expect(printed).toContain(`${UNANSWERED_PAIN} (Essential) Nothing yet`);
      expect(printed).toContain("Intermediary for Persona 1.1 (Offering 1)");
      expect(printed).toContain("Campaigns: Launch on");
    });

    it("prints the journey map of the persona that has one: its stages, feelings, pain points and the hypothesis line", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
      const { text, ...out } = await render(data);
      const printed = flat(out.printed);
      expect(printed.split("Customer journey of ")).toHaveLength(2);
      expect(printed).toContain(`Customer journey of Persona 1.1 ${text.t("planJourney.objective")}: ${JOURNEY_WORDS.objective}`);
      expect(printed).toContain(flat(text.t("planJourney.hypothesis")));
      // The high-level line per stage, in the project's order, the owner's own stage among the ready-made ones.
      expect(printed).toContain(
        [
          "Awareness: Positive · Search for luthier near me",
          "Consideration: Neutral · Touchpoint 2",
          `Decision: Anxious (very negative) · Touchpoint 3 · held back by: ${JOURNEY_WORDS.painPoint}`,
          "Workshop visit: Touchpoint 4",
          "Retention: Positive · Touchpoint 5",
          "Advocacy: Very positive · Touchpoint 6",
        ]
          .map((line) => `•  ${line}`)
          .join(" ")
          .replace(/\s+/g, " "),
      );
      // The grid: the stages across, then the Feeling row with the word and the scale.
      expect(printed).toContain("Stage Awareness Consideration Decision Workshop visit Retention Advocacy");
      expect(printed).toContain("Feeling Positive Neutral Anxious (very negative) Positive Very positive");
      expect(printed).toContain(`Pain points ${JOURNEY_WORDS.painPoint}`);
    });

    it("prints an incomplete plan with a note where each missing part would be", async () => {
      const size = { offerings: 1, personasPerOffering: 0, contentIdeas: 0, socialPlans: 0, campaigns: 0 };
      const { data } = await exportFixture(getConnection().db, { size });
      const { text, ...out } = await render(data);
      const printed = flat(out.printed);
      expect(printed).toContain(flat(text.t("export.missing.draft")));
      const missing = (number: number, step: StepSlug) =>
        `${text.t("export.missing.marker")}: ${flat(text.t("export.missing.section", { number, step: text.t(`wizard.steps.${step}`) }))}`;
      expect(printed).toContain(missing(4, "personas"));
      // Content, social networks, campaigns and the timeline each say what is missing.
      expect(printed.split(missing(5, "integration")).length - 1).toBe(4);
      expect(printed).not.toContain(text.t("export.sections.appendix"));
    });

    it("prints in Spanish with accents and ñ, and the appendix only when asked for", async () => {
      const { db } = getConnection();
      const { data, projectId, ownerId } = await exportFixture(db, { size: EXPORT_SMALL_PLAN, locale: "es", withComments: true });
      expect(data.openComments).toEqual([]);
      await addComment({ id: ownerId }, projectId, { step: 2, target: null, body: "Añadid los precios del mercado en línea." });
      const { loadPlanExport } = await import("@/lib/export/load-plan-export");
      const withComment = await loadPlanExport({ actor: { id: ownerId }, projectId, locale: "es", withComments: true, now: EXPORT_NOW });
      const { printed, pages } = await render(withComment);
      for (const phrase of [
        "Campañas y presupuesto",
        "Categoría",
        "Preparado el 30 de noviembre de 2026",
        "Anexo: revisiones y comentarios abiertos",
      ]) {
        expect(flat(printed)).toContain(phrase);
      }
      expect(printed).toContain("Añadid los precios del mercado en línea.");
      expect(printed).toContain(`Página 2 de ${pages}`);
    });
  },
  { kinds: ["pglite"] },
);
