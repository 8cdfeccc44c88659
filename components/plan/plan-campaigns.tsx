import { getFormatter, getTranslations } from "next-intl/server";
import type { CampaignOverview, MoneyTotal, PlanOverview } from "@/db/queries/plan-overview";
import { tableClasses } from "./plan-activities";
import { EmptyState, formatDay, formatMoney, MoneyTotals, PlanSection, ScrollRegion } from "./plan-kit";

const { table, caption } = tableClasses;

async function CampaignDates({ campaign }: { campaign: CampaignOverview }) {
  const t = await getTranslations("plan.campaigns");
  const format = await getFormatter();
  const start = campaign.startsOn ? formatDay(format, campaign.startsOn) : null;
  const end = campaign.endsOn ? formatDay(format, campaign.endsOn) : null;
  if (start && end) return <>{t("dateRange", { start, end })}</>;
  if (start) return <>{t("from", { start })}</>;
  if (end) return <>{t("until", { end })}</>;
  return <span className="text-slate-600">{t("noDates")}</span>;
}

/** Budget totals per group (offering or channel), one line per currency in each cell. */
async function BudgetTable({
  caption: title,
  groupLabel,
  rows,
}: {
  caption: string;
  groupLabel: string;
  rows: { key: string; label: string; count: number; totals: MoneyTotal[] }[];
}) {
  const t = await getTranslations("plan.campaigns");
  return (
    <table className={table}>
      <caption className={caption}>{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">
            {groupLabel}
          </th>
          <th scope="col" className="text-right">
            {t("campaignCount")}
          </th>
          <th scope="col" className="text-right">
            {t("budget")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="font-medium">
              {row.label}
            </th>
            <td className="text-right tabular-nums">{row.count}</td>
            <td className="whitespace-nowrap text-right tabular-nums">
              <MoneyTotals totals={row.totals} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Step 5's campaigns by offering, then the budget by offering and by channel, one total per currency. */
export async function PlanCampaigns({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan");
  const format = await getFormatter();
  if (plan.campaigns.length === 0) {
    return (
      <PlanSection id="campaigns" title={t("campaigns.title")}>
        <EmptyState message={t("campaigns.empty")} projectId={plan.project.id} section="campaigns" />
      </PlanSection>
    );
  }
  return (
    <PlanSection id="campaigns" title={t("campaigns.title")} summary={t("campaigns.count", { count: plan.campaignCount })}>
      {plan.campaigns.map(({ offering, campaigns, totals }) => (
        <ScrollRegion key={offering.id} id={`campaigns-${offering.id}`} label={t("campaigns.caption", { offering: offering.name })}>
          <table className={table}>
            <caption className={caption}>{t("campaigns.caption", { offering: offering.name })}</caption>
            <thead>
              <tr>
                {(["kind", "channel", "personas", "dates", "objective", "budget"] as const).map((column) => (
                  <th key={column} scope="col" className={column === "budget" ? "text-right" : "text-left"}>
                    {t(`campaigns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {campaigns.map((campaign) => (
                <tr key={campaign.id}>
                  <td>{t(`kinds.${campaign.kind}`)}</td>
                  <th scope="row" className="font-medium">
                    {campaign.channel}
                  </th>
                  <td>{campaign.personas.length ? campaign.personas.map((p) => p.name).join(", ") : t("campaigns.noPersonas")}</td>
                  <td className="whitespace-nowrap">
                    <CampaignDates campaign={campaign} />
                  </td>
                  <td>
                    {campaign.objective}
                    {campaign.successMetric ? (
                      <span className="block text-xs text-slate-600">
                        {t("campaigns.successMetric")}: {campaign.successMetric}
                      </span>
                    ) : null}
                  </td>
                  <td className="whitespace-nowrap text-right tabular-nums">
                    {formatMoney(format, { cents: campaign.budgetCents, currency: campaign.currency })}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5} className="text-right font-semibold">
                  {t("campaigns.offeringTotal", { offering: offering.name })}
                </th>
                <td className="whitespace-nowrap text-right font-semibold tabular-nums">
                  <MoneyTotals totals={totals} />
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      ))}

      <div className="grid gap-6 lg:grid-cols-2">
        <BudgetTable
          caption={t("campaigns.byOfferingTitle")}
          groupLabel={t("campaigns.offering")}
          rows={plan.campaigns.map(({ offering, campaigns, totals }) => ({
            key: offering.id,
            label: offering.name,
            count: campaigns.length,
            totals,
          }))}
        />
        <BudgetTable
          caption={t("campaigns.byChannelTitle")}
          groupLabel={t("campaigns.channel")}
          rows={plan.budget.byChannel.map(({ channel, campaignCount, totals }) => ({
            key: channel,
            label: channel,
            count: campaignCount,
            totals,
          }))}
        />
      </div>

      <div className="rounded-lg border border-slate-300 bg-white p-4 print:break-inside-avoid">
        <p className="font-semibold">{t("campaigns.total")}</p>
        <div className="text-xl font-bold tabular-nums">
          <MoneyTotals totals={plan.budget.total} />
        </div>
        {plan.budget.total.length > 1 ? <p className="text-sm text-slate-600">{t("campaigns.currencyNote")}</p> : null}
      </div>
    </PlanSection>
  );
}
