import { View } from "@react-pdf/renderer";
import type { ExportText } from "@/lib/export/export-text";
import { MissingStep, SectionHeading, type SectionProps, SubTitle } from "./blocks";
import { campaignDates, labelOr, moneyLines } from "./labels";
import { styles } from "./styles";
import { type Cell, Table } from "./table";
import { Text } from "./text";

/** Budget per offering or per channel: the sums come from the plan overview, never re-added here. */
function BudgetTable({ title, groupLabel, rows, text }: { title: string; groupLabel: string; rows: Cell[][]; text: ExportText }) {
  return (
    <>
      <SubTitle>{title}</SubTitle>
      <Table
        columns={[
          { label: groupLabel, width: 55 },
          { label: text.t("plan.campaigns.campaignCount"), width: 15, align: "right" },
          { label: text.t("plan.campaigns.budget"), width: 30, align: "right" },
        ]}
        groups={[{ key: "budget", rows }]}
      />
    </>
  );
}

/** Step 5's campaigns under their offering, each offering closed by its total, then the budget. */
export function CampaignsSection({ data: { plan }, text, at }: SectionProps) {
  const heading = <SectionHeading at={at}>{text.t("export.sections.campaigns")}</SectionHeading>;
  if (!plan.campaigns.length) {
    return (
      <>
        {heading}
        <MissingStep text={text} step={at.step.number} />
      </>
    );
  }
  return (
    <>
      {heading}
      <Table
        columns={[
          { label: text.t("plan.campaigns.kind"), width: 11 },
          { label: text.t("plan.campaigns.channel"), width: 15 },
          { label: text.t("plan.campaigns.personas"), width: 16 },
          { label: text.t("plan.campaigns.dates"), width: 17 },
          { label: text.t("plan.campaigns.objective"), width: 25 },
          { label: text.t("plan.campaigns.budget"), width: 16, align: "right" },
        ]}
        groups={plan.campaigns.map(({ offering, campaigns, totals }) => ({
          key: offering.id,
          title: text.t("plan.campaigns.caption", { offering: offering.name }),
          rows: campaigns.map((c): Cell[] => [
            labelOr(text, `plan.kinds.${c.kind}`, c.kind),
            { text: c.channel, tone: "strong" },
            c.personas.length ? c.personas.map((p) => p.name).join(", ") : { text: text.t("plan.campaigns.noPersonas"), tone: "muted" },
            c.startsOn || c.endsOn ? campaignDates(text, c) : { text: campaignDates(text, c), tone: "muted" },
            c.successMetric
              ? [{ text: c.objective }, { text: `${text.t("plan.campaigns.successMetric")}: ${c.successMetric}`, tone: "muted" }]
              : c.objective,
            text.money({ cents: c.budgetCents, currency: c.currency }),
          ]),
          total: { label: text.t("plan.campaigns.offeringTotal", { offering: offering.name }), value: moneyLines(text, totals) },
        }))}
      />

      <BudgetTable
        text={text}
        title={text.t("plan.campaigns.byOfferingTitle")}
        groupLabel={text.t("plan.campaigns.offering")}
        rows={plan.campaigns.map(({ offering, campaigns, totals }) => [
          { text: offering.name, tone: "strong" },
          text.number(campaigns.length),
          moneyLines(text, totals),
        ])}
      />
      <BudgetTable
        text={text}
        title={text.t("plan.campaigns.byChannelTitle")}
        groupLabel={text.t("plan.campaigns.channel")}
        rows={plan.budget.byChannel.map(({ channel, campaignCount, totals }) => [
          { text: channel, tone: "strong" },
          text.number(campaignCount),
          moneyLines(text, totals),
        ])}
      />

      <View style={styles.totalBox} wrap={false}>
        <Text style={styles.smallLabel}>{text.t("plan.campaigns.total")}</Text>
        <Text style={styles.totalAmount}>{moneyLines(text, plan.budget.total)}</Text>
        {plan.budget.total.length > 1 ? <Text style={styles.mutedText}>{text.t("plan.campaigns.currencyNote")}</Text> : null}
      </View>
    </>
  );
}
