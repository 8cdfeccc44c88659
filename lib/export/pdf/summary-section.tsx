import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { planSectionStep } from "@/lib/wizard/steps";
import { MissingStep, Section } from "./blocks";
import { accentOf } from "./branding";
import { planTotals } from "./labels";
import { sectionTitle } from "./parts";
import { styles } from "./styles";
import { Table } from "./table";
import { Text } from "./text";

/** Step 1 at a glance: every offering under its category, what it is for, how much it matters, and its personas. */
export function SummarySection({ data, text }: { data: PlanExport; text: ExportText }) {
  const { plan } = data;
  // Categories without offerings have no rows to show.
  const categories = plan.categories.filter((c) => c.offerings.length);
  return (
    <Section title={sectionTitle(text, "summary")} breakBefore={false} accent={accentOf(data)}>
      <Text style={styles.lead}>{planTotals(text, plan)}</Text>
      {categories.length ? (
        <Table
          columns={[
            { label: text.t("export.summary.offering"), width: 38 },
            { label: text.t("export.summary.objective"), width: 32 },
            { label: text.t("export.summary.importance"), width: 15 },
            { label: text.t("export.summary.personaCount"), width: 15, align: "right" },
          ]}
          groups={categories.map((category) => ({
            key: category.id,
            title: `${text.t("export.summary.category")}: ${category.name}`,
            rows: category.offerings.map((offering) => [
              offering.definition.trim()
                ? [
                    { text: offering.name, tone: "strong" },
                    { text: offering.definition, tone: "muted" },
                  ]
                : { text: offering.name, tone: "strong" },
              offering.objective,
              text.t("plan.offerings.importanceValue", { weight: offering.weight }),
              text.number(offering.personas.length),
            ]),
          }))}
        />
      ) : (
        <MissingStep text={text} step={planSectionStep("offerings").number} />
      )}
    </Section>
  );
}
