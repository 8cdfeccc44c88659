import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { LUCIA_VALIDATION, MARCOS_OPEN_CHECK, validationPlanExport } from "@/lib/testing/validation-plan";
import { NO_VALIDATION } from "@/lib/validation/persona-validation";
import { docxExportText, paragraphs, zipEntry } from "./docx/docx-testing";
import { renderPlanDocx } from "./docx/render-plan-docx";
import { exportText } from "./export-text";
import { renderPlanMarkdown } from "./markdown/render-plan-markdown";
import { renderPlanPdf } from "./pdf/render-plan-pdf";
import { assumptionsParagraph, validationWords } from "./validation-wording";

const persona = (validation = NO_VALIDATION) => ({
  jobs: ["Order a custom guitar"],
  pains: ["Long waits for a custom build"],
  gains: ["A guitar made for my hands"],
  validation,
});

/** Runs of white space (line breaks, no-break spaces) read as one space, as a reader sees them. */
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("validationWords", () => {
  it("calls an unchecked persona a hypothesis, with nothing else to say", async () => {
    const en = await exportText("en");
    expect(validationWords(en, persona())).toEqual({
      validated: false,
      status: "Hypothesis: not validated yet",
      note: null,
      confirmed: null,
      openPlan: null,
    });
    expect(validationWords(await exportText("es"), persona()).status).toBe("Hipótesis: aún sin validar");
  });

  it("names the evidence in the order it was ticked, the confidence, what it confirmed and the open checks", async () => {
    const words = validationWords(await exportText("en"), persona(LUCIA_VALIDATION));
    expect(words).toEqual({
      validated: true,
      status: "Validated with interviews and customer data (confidence: high)",
      note: { label: "What the evidence showed", value: LUCIA_VALIDATION.note },
      confirmed: {
        title: "Confirmed by the evidence",
        // Claims in the profile's order; the plan's done check is left out.
        lines: ["Pain: Long waits for a custom build", "Gain: A guitar made for my hands"],
      },
      openPlan: {
        title: "Still to check",
        lines: ["Do beginners order custom guitars too? · how: Two questions at the till · who: Marta · by January 15, 2027"],
      },
    });
  });

  it("says the same in Spanish", async () => {
    const words = validationWords(await exportText("es"), persona({ ...LUCIA_VALIDATION, evidence: ["survey"], confidence: "medium" }));
    expect(words.status).toBe("Validada con una encuesta (confianza: media)");
    expect(words.openPlan?.lines).toEqual([
      "Do beginners order custom guitars too? · cómo: Two questions at the till · quién: Marta · para el 15 de enero de 2027",
    ]);
    expect(words.confirmed?.lines).toEqual(["Frustración: Long waits for a custom build", "Alegría: A guitar made for my hands"]);
  });

  it("reads a record marked validated without evidence (written around the save) as a hypothesis", async () => {
    const words = validationWords(await exportText("en"), persona({ ...LUCIA_VALIDATION, evidence: [] }));
    expect(words.validated).toBe(false);
    expect(words.status).toBe("Hypothesis: not validated yet");
  });
});

describe("assumptionsParagraph", () => {
  it("counts and names the personas resting on assumptions, in reading order", async () => {
    const { plan } = validationPlanExport("en");
    expect(assumptionsParagraph(await exportText("en"), plan.offerings)).toBe(
      "2 of 3 personas rest on assumptions, not yet on research: Marcos (Custom guitars) and Carmen (Guitar lessons). " +
        "Read what the plan says about them as hypotheses to check.",
    );
    expect(assumptionsParagraph(await exportText("es"), plan.offerings)).toBe(
      "2 de 3 buyer personas se basan en suposiciones, aún no en investigación: Marcos (Custom guitars) y Carmen (Guitar lessons). " +
        "Lee lo que dice el plan sobre ellas como hipótesis por comprobar.",
    );
  });

  it("says when every persona is validated, and nothing without personas", async () => {
    const en = await exportText("en");
    const all = validationPlanExport("en", [LUCIA_VALIDATION, LUCIA_VALIDATION, LUCIA_VALIDATION]).plan;
    expect(assumptionsParagraph(en, all.offerings)).toBe("All 3 personas are validated by research.");
    const one = validationPlanExport("en", [NO_VALIDATION, LUCIA_VALIDATION, LUCIA_VALIDATION]).plan;
    expect(assumptionsParagraph(en, one.offerings)).toMatch(
      /^1 of 3 personas rests on assumptions, not yet on research: Lucía \(Custom guitars\)\. /,
    );
    expect(assumptionsParagraph(en, [])).toBeNull();
  });
});

describe("each download says the same as the wording", () => {
  const expected = async (locale: "en" | "es") => {
    const text = await exportText(locale);
    const data = validationPlanExport(locale);
    const [lucia, marcos] = data.plan.offerings[0]!.personas;
    return {
      data,
      text,
      lucia: validationWords(text, lucia!),
      marcos: validationWords(text, marcos!),
      assumptions: assumptionsParagraph(text, data.plan.offerings)!,
    };
  };

  it("Markdown: the project's paragraph, each persona's status, the note, the confirmed items and the open checks", async () => {
    const { data, text, lucia, marcos, assumptions } = await expected("en");
    const markdown = renderPlanMarkdown(data, text);
    expect(markdown).toContain(`\n\n${assumptions}\n\n`);
    expect(markdown).toContain(`\n\n${lucia.status}\n\n`);
    // Still a hypothesis: set apart as our remark, like an unwalked journey.
    expect(markdown).toContain(`\n\n> ${marcos.status}\n\n`);
    expect(markdown).toContain(`- **What the evidence showed:** ${LUCIA_VALIDATION.note}`);
    expect(markdown).toContain(
      "**Confirmed by the evidence**\n\n- Pain: Long waits for a custom build\n- Gain: A guitar made for my hands",
    );
    expect(markdown).toContain(`**Still to check**\n\n- ${lucia.openPlan!.lines[0]}`);
    expect(markdown).toContain(`**Still to check**\n\n- ${MARCOS_OPEN_CHECK}`);
    expect(markdown).not.toContain("Read last year's orders");
    expect(markdown.split("Hypothesis: not validated yet")).toHaveLength(3);
  });

  it("DOCX: the same lines, the hypotheses in the note style", async () => {
    const { data, lucia, marcos, assumptions } = await expected("es");
    const xml = zipEntry(await renderPlanDocx(data, await docxExportText("es")), "word/document.xml").toString("utf8");
    const texts = paragraphs(xml).map((p) => p.text);
    const styled = (style: string) =>
      paragraphs(xml)
        .filter((p) => p.style === style)
        .map((p) => p.text);
    expect(texts).toContain(assumptions);
    expect(texts).toContain(lucia.status);
    expect(lucia.status).toBe("Validada con entrevistas y datos de clientes (confianza: alta)");
    expect(styled("PlanMissingNote").filter((line) => line === marcos.status)).toHaveLength(2);
    expect(texts).toContain(`${lucia.note!.label}: ${LUCIA_VALIDATION.note}`);
    expect(texts).toEqual(expect.arrayContaining([...lucia.confirmed!.lines, ...lucia.openPlan!.lines, MARCOS_OPEN_CHECK]));
    expect(styled("PlanFieldLabel")).toEqual(expect.arrayContaining(["Confirmado por las evidencias", "Pendiente de comprobar"]));
    expect(texts).not.toContain("Read last year's orders");
  });

  it("PDF: the same lines on the persona sheets, and the project's paragraph before them", async () => {
    const { data, text, lucia, marcos, assumptions } = await expected("en");
    const pdf = await renderPlanPdf(data, text);
    const printed = flat((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text);
    expect(printed).toContain(flat(assumptions));
    expect(printed).toContain(lucia.status);
    expect(printed.split(marcos.status)).toHaveLength(3);
    expect(printed).toContain(flat(lucia.openPlan!.lines[0]!));
    expect(printed).toContain(MARCOS_OPEN_CHECK);
    expect(printed.indexOf(flat(assumptions))).toBeLessThan(printed.indexOf(lucia.status));
    expect(printed).not.toContain("Read last year's orders");
  });
});
