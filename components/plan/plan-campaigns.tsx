import { getFormatter, getTranslations } from "next-intl/server";
import type { CampaignOverview, PlanOverview } from "@/db/queries/plan-overview";
import { tableClasses } from "./plan-activities";
import { EmptyState, formatDay, formatMoney, MoneyTotals, PlanSection } from "./plan-kit";

const { table, th, td, caption } = tableClasses;

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

/** Step 5's campaigns by offering, then the budget by offering and by channel, one total per currency. */
export async function PlanCampaigns({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan");
  const format = await getFormatter();
  if (plan.campaigns.length === 0) {
    return (
      <PlanSection id="campaigns" title={t("campaigns.title")}>
        <EmptyState message={t("campaigns.empty")} projectId={plan.project.id} slug="integration" />
      </PlanSection>
    );
  }
  return (
    <PlanSection id="campaigns" title={t("campaigns.title")} summary={t("campaigns.count", { count: plan.campaignCount })}>
      {plan.campaigns.map(({ offering, campaigns, totals }) => (
        <div key={offering.id} className="overflow-x-auto print:overflow-visible">
          <table className={table}>
            <caption className={caption}>{t("campaigns.caption", { offering: offering.name })}</caption>
            <thead>
              <tr>
                {(["kind", "channel", "personas", "dates", "objective", "budget"] as const).map((column) => (
                  <th key={column} scope="col" className={`${th} ${column === "budget" ? "text-right" : ""}`}>
                    {t(`campaigns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {campaigns.map((campaign) => (
                <tr key={campaign.id} className="print:break-inside-avoid">
                  <td className={td}>{t(`kinds.${campaign.kind}`)}</td>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {campaign.channel}
                  </th>
                  <td className={td}>
                    {campaign.personas.length ? campaign.personas.map((p) => p.name).join(", ") : t("campaigns.noPersonas")}
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    <CampaignDates campaign={campaign} />
                  </td>
                  <td className={td}>
                    {campaign.objective}
                    {campaign.successMetric ? (
                      <span className="block text-xs text-slate-600">
                        {t("campaigns.successMetric")}: {campaign.successMetric}
                      </span>
                    ) : null}
                  </td>
                  <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                    {formatMoney(format, { cents: campaign.budgetCents, currency: campaign.currency })}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5} className={`${td} text-right font-semibold`}>
                  {t("campaigns.offeringTotal", { offering: offering.name })}
                </th>
                <td className={`${td} whitespace-nowrap text-right font-semibold tabular-nums`}>
                  <MoneyTotals totals={totals} />
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      ))}

      <div className="grid gap-6 lg:grid-cols-2">
        <table className={table}>
          <caption className={caption}>{t("campaigns.byOfferingTitle")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("campaigns.offering")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("campaigns.campaignCount")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("campaigns.budget")}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.campaigns.map(({ offering, campaigns, totals }) => (
              <tr key={offering.id}>
                <th scope="row" className={`${td} text-left font-medium`}>
                  {offering.name}
                </th>
                <td className={`${td} text-right tabular-nums`}>{campaigns.length}</td>
                <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                  <MoneyTotals totals={totals} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className={table}>
          <caption className={caption}>{t("campaigns.byChannelTitle")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("campaigns.channel")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("campaigns.campaignCount")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("campaigns.budget")}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.budget.byChannel.map(({ channel, campaignCount, totals }) => (
              <tr key={channel}>
                <th scope="row" className={`${td} text-left font-medium`}>
                  {channel}
                </th>
                <td className={`${td} text-right tabular-nums`}>{campaignCount}</td>
                <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                  <MoneyTotals totals={totals} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
