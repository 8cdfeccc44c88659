import { Page, View } from "@react-pdf/renderer";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { planTotals, stepName } from "./labels";
import { sectionTitle, SECTION_KEYS } from "./parts";
import { styles } from "./styles";
import { Text } from "./text";

/**
 * The first page: what the plan is for, when it was made and by whom, and, for a plan
 * with unfinished steps, a warning that names them before anyone reads on.
 */
export function Cover({ data, text, fontFamily }: { data: PlanExport; text: ExportText; fontFamily: string }) {
  const { plan } = data;
  const incomplete = plan.incompleteSteps;
  return (
    <Page size="A4" style={[styles.coverPage, { fontFamily }]}>
      <View style={styles.coverBand} />
      <Text style={styles.coverKicker}>{text.t("export.documentTitle")}</Text>
      <Text style={styles.coverTitle}>{plan.project.name}</Text>
      {plan.project.description.trim() ? <Text style={styles.coverDescription}>{plan.project.description}</Text> : null}
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

      <View style={styles.coverBlock}>
        <Text style={styles.coverList}>{planTotals(text, plan)}</Text>
      </View>

      {data.members.length ? (
        <View style={styles.coverBlock}>
          <Text style={styles.coverLabel}>{text.t("export.cover.team")}</Text>
          <Text style={styles.coverList}>
            {data.members
              .map((m) => text.t("export.cover.memberLine", { name: m.name, role: text.t(`members.roles.${m.role}`) }))
              .join("\n")}
          </Text>
        </View>
      ) : null}

      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{text.t("export.contents")}</Text>
        <Text style={styles.coverList}>
          {SECTION_KEYS.filter((key) => key !== "appendix" || data.openComments !== null)
            .map((key) => sectionTitle(text, key))
            .join("\n")}
        </Text>
      </View>

      <Text style={styles.coverBrand}>{text.t("export.cover.generatedBy")}</Text>
    </Page>
  );
}
