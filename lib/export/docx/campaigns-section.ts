import type { PlanOverview, StepStatus } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { campaignDates, moneyLines } from "@/lib/export/plan-wording";
import { byDay, heading, missingSection, paragraph, type Block } from "./blocks";
import { cellField, table } from "./tables";

/** Each offering's campaigns with its total, then the budget by offering, by channel and overall. */
export function campaignBlocks(plan: PlanOverview, text: ExportText, step: StepStatus): Block[] {
  const c = (key: string, values?: Record<string, string | number>) => text.t(`plan.campaigns.${key}`, values);
  const blocks: Block[] = [heading(2, text.t("export.sections.campaigns"))];
  if (!plan.campaigns.length) return [...blocks, missingSection(text, step)];
  for (const group of plan.campaigns) {
    blocks.push(
      heading(3, c("caption", { offering: group.offering.name })),
      table({
        header: [c("kind"), c("channel"), c("budget"), c("dates"), c("personas"), `${c("objective")} / ${c("successMetric")}`],
        widths: [15, 14, 16, 17, 14, 24],
        rows: group.campaigns.map((campaign) => [
          text.t(`plan.kinds.${campaign.kind}`),
          campaign.channel,
          text.money({ cents: campaign.budgetCents, currency: campaign.currency }),
          campaignDates(text, campaign),
          campaign.personas.length ? campaign.personas.map((p) => p.name).join(", ") : c("noPersonas"),
          [...cellField(c("objective"), campaign.objective), ...cellField(c("successMetric"), campaign.successMetric)],
        ]),
        footer: [[c("offeringTotal", { offering: group.offering.name }), "", moneyLines(text, group.totals), "", "", ""]],
      }),
    );
  }
  const counts = (n: number) => text.number(n);
  blocks.push(
    heading(3, c("byOfferingTitle")),
    table({
      header: [c("offering"), c("campaignCount"), c("budget")],
      widths: [50, 20, 30],
      rows: plan.campaigns.map((g) => [g.offering.name, counts(g.campaigns.length), moneyLines(text, g.totals)]),
    }),
    heading(3, c("byChannelTitle")),
    table({
      header: [c("channel"), c("campaignCount"), c("budget")],
      widths: [50, 20, 30],
      rows: plan.budget.byChannel.map((ch) => [ch.channel, counts(ch.campaignCount), moneyLines(text, ch.totals)]),
      footer: [[c("total"), counts(plan.campaignCount), moneyLines(text, plan.budget.total)]],
    }),
  );
  if (plan.budget.total.length > 1) blocks.push(paragraph(c("currencyNote")));
  return blocks;
}

/**
 * Campaigns by start date, the undated ones last, so the year's rhythm shows at a glance. A
 * campaign with only an end date is placed by it.
 */
export function timelineBlocks(plan: PlanOverview, text: ExportText, step: StepStatus): Block[] {
  const blocks: Block[] = [heading(2, text.t("export.sections.timeline"))];
  const entries = plan.campaigns.flatMap((g) => g.campaigns.map((campaign) => ({ offering: g.offering.name, campaign })));
  if (!entries.length) return [...blocks, missingSection(text, step)];
  const when = ({ campaign }: (typeof entries)[number]) => campaign.startsOn ?? campaign.endsOn;
  const sorted = [...entries].sort((a, b) => byDay(when(a), when(b)));
  const undated = text.t("export.timeline.undated");
  return [
    ...blocks,
    paragraph(text.t("exportDocx.timelineLead")),
    table({
      header: [text.t("export.timeline.campaign"), text.t("export.timeline.start"), text.t("export.timeline.end")],
      widths: [56, 22, 22],
      rows: sorted.map(({ offering, campaign }) => [
        `${offering}: ${text.t(`plan.kinds.${campaign.kind}`)} · ${campaign.channel}`,
        campaign.startsOn ? text.date(campaign.startsOn) : campaign.endsOn ? "" : undated,
        campaign.endsOn ? text.date(campaign.endsOn) : "",
      ]),
    }),
  ];
}
