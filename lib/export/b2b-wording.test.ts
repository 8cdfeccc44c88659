import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { MUSIC_SCHOOL_B2B } from "@/lib/testing/b2b-persona";
import { validationPlanExport } from "@/lib/testing/validation-plan";
import { EMPTY_B2B } from "@/lib/validation/persona-b2b";
import { b2bWords } from "./b2b-wording";
import { docxExportText, paragraphs, zipEntry } from "./docx/docx-testing";
import { renderPlanDocx } from "./docx/render-plan-docx";
import { exportText } from "./export-text";
import { renderPlanMarkdown } from "./markdown/render-plan-markdown";
import { renderPlanPdf } from "./pdf/render-plan-pdf";

const LINE_EN = "Buys for a company: Music education · 10–49 people · Head of the music school";
const COMMITTEE = ["Owner — signs off the budget", "Guitar teachers — test the instruments"];

/** The shared small plan with its first persona buying for the music school; the others buy for themselves. */
function b2bPlan(locale: "en" | "es") {
  const data = validationPlanExport(locale);
  const [first, ...rest] = data.plan.offerings;
  const [school, ...others] = first!.personas;
  const offerings = [{ ...first!, personas: [{ ...school!, b2b: MUSIC_SCHOOL_B2B }, ...others] }, ...rest];
  return { ...data, plan: { ...data.plan, offerings } };
}

/** Runs of white space (line breaks, no-break spaces) read as one space, as a reader sees them. */
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("b2bWords", () => {
  it("says nothing for a persona who buys for themselves", async () => {
    expect(b2bWords(await exportText("en"), null)).toBeNull();
  });

  it("puts industry, size and job title on one line, and the committee a line per role", async () => {
    expect(b2bWords(await exportText("en"), MUSIC_SCHOOL_B2B)).toEqual({
      line: LINE_EN,
      committee: { title: "Buying committee", lines: COMMITTEE },
    });
    expect(b2bWords(await exportText("es"), MUSIC_SCHOOL_B2B)!.line).toBe(
      "Compra para una empresa: Music education · De 10 a 49 personas · Head of the music school",
    );
  });

  it("leaves out what is not written, and still says a ticked box buys for a company", async () => {
    const en = await exportText("en");
    expect(b2bWords(en, { ...EMPTY_B2B, jobTitle: "Buyer" })).toEqual({ line: "Buys for a company: Buyer", committee: null });
    expect(b2bWords(en, EMPTY_B2B)).toEqual({ line: "Buys for a company", committee: null });
  });
});

describe("each download says the same as the wording", () => {
  it("Markdown: the line and the committee as a list, once", async () => {
    const markdown = renderPlanMarkdown(b2bPlan("en"), await exportText("en"));
    expect(markdown).toContain(`\n\n${LINE_EN}\n\n**Buying committee**\n\n- ${COMMITTEE[0]}\n- ${COMMITTEE[1]}\n`);
    expect(markdown.split("Buys for a company")).toHaveLength(2);
  });

  it("DOCX: the line, the committee's label and its lines", async () => {
    const xml = zipEntry(await renderPlanDocx(b2bPlan("es"), await docxExportText("es")), "word/document.xml").toString("utf8");
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toContain(b2bWords(await exportText("es"), MUSIC_SCHOOL_B2B)!.line);
    expect(texts).toEqual(expect.arrayContaining(["Comité de compra", ...COMMITTEE]));
  });

  it("PDF: the line and the committee on the persona's sheet", async () => {
    const pdf = await renderPlanPdf(b2bPlan("en"), await exportText("en"));
    const printed = flat((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text);
    expect(printed).toContain(LINE_EN);
    // The sheet's field labels are printed in capitals.
    expect(printed.toLowerCase()).toContain("buying committee");
    for (const line of COMMITTEE) expect(printed).toContain(line);
    expect(printed.split("Buys for a company")).toHaveLength(2);
  });
});
