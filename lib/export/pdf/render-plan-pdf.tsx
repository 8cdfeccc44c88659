import { Document, Page, renderToBuffer } from "@react-pdf/renderer";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { Appendix } from "./appendix";
import { PageFrame } from "./blocks";
import { Cover } from "./cover";
import { pdfFonts } from "./fonts";
import { StepParts } from "./parts";
import { styles } from "./styles";
import { SummarySection } from "./summary-section";

function PlanDocument({ data, text, fontFamily }: { data: PlanExport; text: ExportText; fontFamily: string }) {
  const { plan } = data;
  return (
    <Document
      title={`${text.t("export.documentTitle")}: ${plan.project.name}`}
      subject={text.t("export.documentTitle")}
      creator="Perfila"
      producer="Perfila"
      language={data.locale}
    >
      <Cover data={data} text={text} fontFamily={fontFamily} />
      <Page
        size="A4"
        style={[styles.page, { fontFamily }]}
        layout={(props) => <PageFrame {...props} text={text} project={plan.project.name} />}
      >
        <SummarySection data={data} text={text} />
        <StepParts data={data} text={text} />
        {data.openComments !== null ? <Appendix data={data} text={text} /> : null}
      </Page>
    </Document>
  );
}

/**
 * The marketing-integration plan as an A4 PDF in the reader's language. Everything the
 * user typed is placed in Text elements as it is, so markup, formulas or Markdown in an
 * answer print as the characters they are. An incomplete plan prints with a note where
 * each missing part would be.
 */
export async function renderPlanPdf(data: PlanExport, text: ExportText): Promise<Buffer> {
  const fontFamily = pdfFonts().base;
  try {
    return await renderToBuffer(<PlanDocument data={data} text={text} fontFamily={fontFamily} />);
  } catch (error) {
    // A logo with a valid signature but damaged data must not cost the owner their plan.
    if (!data.branding.logo) throw error;
    console.warn("[pdf] the logo could not be drawn; the plan is printed without it", error);
    const unbranded = { ...data, branding: { ...data.branding, logo: null } };
    return renderToBuffer(<PlanDocument data={unbranded} text={text} fontFamily={fontFamily} />);
  }
}
