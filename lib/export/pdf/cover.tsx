import { Image, Page, View } from "@react-pdf/renderer";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { accentOf, logoSource } from "./branding";
import { moneyLines, stepName } from "./labels";
import { sectionTitle, SECTION_KEYS } from "./parts";
import { styles } from "./styles";
import { Text } from "./text";

/**
 * The plan in one paragraph, for a client who reads only the cover: what the business sells,
 * how many personas buy it, and what the plan does to reach them, with its budget.
 */
export function planSummary(data: PlanExport, text: ExportText): string {
  const { plan } = data;
  const names = new Intl.ListFormat(text.locale, { type: "conjunction" }).format(plan.offerings.map((o) => o.name));
  const sentences = [
    text.t("export.cover.summary", {
      business: plan.project.name,
      offerings: names || "—",
      personas: plan.personaCount,
      ideas: plan.contentIdeaCount,
      campaigns: plan.campaignCount,
    }),
  ];
  if (plan.budget.total.length)
    sentences.push(text.t("export.cover.budget", { budget: moneyLines(text, plan.budget.total).replace(/\n/g, " + ") }));
  return sentences.join(" ");
}

/**
 * The first page, made to hand to a client: the business's logo and name in its accent colour,
 * the plan in one paragraph, and for a draft, the steps still unfinished; then who made it and
 * the contents, in small type.
 */
export function Cover({ data, text, fontFamily }: { data: PlanExport; text: ExportText; fontFamily: string }) {
  const { plan } = data;
  const accent = accentOf(data);
  const logo = logoSource(data);
  const incomplete = plan.incompleteSteps;
  return (
    <Page size="A4" style={[styles.coverPage, { fontFamily }]}>
      <View style={[styles.coverBand, { backgroundColor: accent }]} />
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the PDF's title names the business */}
      {logo ? <Image src={logo} style={styles.coverLogo} /> : null}
      <Text style={[styles.coverKicker, { color: accent }]}>{text.t("export.documentTitle")}</Text>
      <Text style={styles.coverTitle}>{plan.project.name}</Text>
      {plan.project.description.trim() ? <Text style={styles.coverDescription}>{plan.project.description}</Text> : null}
      <Text style={[styles.coverSummary, { borderLeftColor: accent }]}>{planSummary(data, text)}</Text>
      <Text style={styles.coverDate}>{text.t("export.cover.preparedOn", { date: text.date(data.generatedAt) })}</Text>

      {incomplete.length ? (
        <View style={[styles.missing, styles.coverBlock]}>
          <Text style={styles.missingMarker}>{text.t("export.missing.draft")}</Text>
          {incomplete.map((step) => (
            <Text
              key={step.number}
            >{`•  ${text.t("export.missing.stepIncomplete", { number: step.number, step: stepName(text, step.number) })}`}</Text>
          ))}
        </View>
      ) : null}

      <View style={[styles.coverBlock, styles.coverColumns]}>
        {data.members.length ? (
          <View style={styles.coverColumn}>
            <Text style={styles.coverLabel}>{text.t("export.cover.team")}</Text>
            <Text style={styles.coverList}>
              {data.members
                .map((m) => text.t("export.cover.memberLine", { name: m.name, role: text.t(`members.roles.${m.role}`) }))
                .join("\n")}
            </Text>
          </View>
        ) : null}
        <View style={styles.coverColumn}>
          <Text style={styles.coverLabel}>{text.t("export.contents")}</Text>
          <Text style={styles.coverList}>
            {SECTION_KEYS.filter((key) => key !== "appendix" || data.openComments !== null)
              .map((key) => sectionTitle(text, key))
              .join("\n")}
          </Text>
        </View>
      </View>

      <Text style={styles.coverBrand}>{text.t("export.cover.generatedBy")}</Text>
    </Page>
  );
}
