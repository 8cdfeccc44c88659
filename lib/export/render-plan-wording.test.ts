import { extractText, getDocumentProxy } from "unpdf";
import { expect, it } from "vitest";
import type { PlanExport } from "@/lib/export/plan-export";
import type { Locale } from "@/lib/i18n/locales";
import { describeEachDatabase } from "@/lib/testing/databases";
import { EXPORT_SMALL_PLAN, exportFixture } from "@/lib/testing/export-fixture";
import { birthYearsMessage } from "@/lib/validation/demographics-step";
import { renderCampaignsCsv, renderContentCsv } from "./csv/render-plan-csv";
import { runTexts, zipEntry } from "./docx/docx-testing";
import { renderPlanDocx } from "./docx/render-plan-docx";
import { exportText } from "./export-text";
import { renderPlanMarkdown } from "./markdown/render-plan-markdown";
import { renderPlanPdf } from "./pdf/render-plan-pdf";

/** Every format's text of one plan, whitespace folded, so a sentence reads the same whatever the layout. */
async function everyFormat(data: PlanExport) {
  const text = await exportText(data.locale);
  const flat = (s: string) => s.replace(/\s+/g, " ");
  const pdf = await renderPlanPdf(data, text);
  const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const docx = zipEntry(Buffer.from(await renderPlanDocx(data, text)), "word/document.xml").toString("utf8");
  return {
    text,
    formats: {
      pdf: flat(pdfText),
      docx: flat(runTexts(docx).join(" ")),
      md: flat(renderPlanMarkdown(data, text)),
      csv: flat(renderContentCsv(data, text) + renderCampaignsCsv(data, text)),
    },
  };
}

/** The plan as step 3 and step 4 store it: codes for ready-made choices, optional fields left blank. */
function withStoredChoices(data: PlanExport): PlanExport {
  const persona = data.plan.offerings[0]!.personas[0]!;
  Object.assign(persona, { channels: ["instagram", "youtube", "Guitar forums"], jobs: [], location: "", occupation: "", ideals: "" });
  Object.assign(data.plan.targetProfile!, { ageMin: 12, ageMax: 65, genders: ["allGenders", "Personas de dos espíritus"], household: "" });
  Object.assign(data.plan.digitalProfile!, { socialNetworks: ["instagram", "youtube", "tiktok"] });
  // Step 5's matrix columns, should a network there be stored by id too.
  data.plan.social.networks = data.plan.social.networks.map((n, i) => (i === 0 ? "tiktok" : n));
  return data;
}

describeEachDatabase(
  "every download says the same thing",
  (getConnection) => {
    for (const locale of ["es", "en"] as Locale[]) {
      it(`gives the same birth years, network names and genders in every format (${locale})`, async () => {
        const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale });
        const { text, formats } = await everyFormat(withStoredChoices(data));
        // The step 3 hint prints this same message from the same rule.
        const message = birthYearsMessage(12, 65, data.generatedAt.getUTCFullYear());
        expect(message).toEqual({ key: "range", values: { from: 1960, to: 2014 } });
        const born = text.t(`demographics.birthYears.${message!.key}`, message!.values);
        for (const [format, printed] of Object.entries({ pdf: formats.pdf, docx: formats.docx, md: formats.md })) {
          expect(printed, format).toContain(born);
          expect(printed, format).not.toMatch(/1961\s*[–-]\s*2014/);
          expect(printed, format).toContain("Instagram, YouTube, TikTok");
          expect(printed, format).toContain("Instagram, YouTube, Guitar forums");
          expect(printed, format).toContain(`${text.t("demographics.genderOptions.allGenders")}, Personas de dos espíritus`);
        }
        for (const [format, printed] of Object.entries(formats)) {
          expect(printed, format).not.toMatch(/\b(instagram|youtube|tiktok|allGenders)\b/);
          expect(printed, format).not.toContain(text.t("export.missing.field"));
        }
      });
    }
  },
  { kinds: ["pglite"] },
);
