import type { PlanExport } from "@/lib/export/plan-export";
import type { ExportText } from "@/lib/export/export-text";
import { campaignDates, moneyLines } from "@/lib/export/plan-wording";
import { below, heading, missingSection, paragraph, sectionHeading, type Block, type Placement } from "./blocks";
import { cellField, table } from "./tables";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

/** Each offering's campaigns with its total, then the budget by offering, by channel and overall. */
export function campaignBlocks({ plan }: PlanExport, text: ExportText, at: Placement): Block[] {
  const c = (key: MessageKeyIn<"plan.campaigns">, values?: Record<string, string | number>) => text.t(`plan.campaigns.${key}`, values);
  const blocks: Block[] = [sectionHeading(text.t("export.sections.campaigns"), at)];
  if (!plan.campaigns.length) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes);
  for (const group of plan.campaigns) {
    blocks.push(
      heading(below(at.level), c("caption", { offering: group.offering.name })),
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
    heading(below(at.level), c("byOfferingTitle")),
    table({
      header: [c("offering"), c("campaignCount"), c("budget")],
      widths: [50, 20, 30],
      rows: plan.campaigns.map((g) => [g.offering.name, counts(g.campaigns.length), moneyLines(text, g.totals)]),
    }),
    heading(below(at.level), c("byChannelTitle")),
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
 * Campaigns by date as the plan orders them (a campaign with only an end date is placed by
 * it, the undated ones last), so the year's rhythm shows at a glance. It follows the
 * campaigns at their level, being drawn from them.
 */
export function timelineBlocks({ plan }: PlanExport, text: ExportText, at: Placement): Block[] {
  const blocks: Block[] = [heading(at.level, text.t("export.sections.timeline"))];
  if (!plan.timeline.length) return [...blocks, missingSection(text, at.step)];
  const undated = text.t("export.timeline.undated");
  return [
    ...blocks,
    paragraph(text.t("exportDocx.timelineLead")),
    table({
      header: [text.t("export.timeline.campaign"), text.t("export.timeline.start"), text.t("export.timeline.end")],
      widths: [56, 22, 22],
      rows: plan.timeline.map(({ offering, campaign }) => [
        `${offering.name}: ${text.t(`plan.kinds.${campaign.kind}`)} · ${campaign.channel}`,
        campaign.startsOn ? text.date(campaign.startsOn) : campaign.endsOn ? "" : undated,
        campaign.endsOn ? text.date(campaign.endsOn) : "",
      ]),
    }),
  ];
}
