import { getFormatter, getTranslations } from "next-intl/server";
import type { PlanOverview } from "@/db/queries/plan-overview";
import { channelName } from "@/lib/wizard/channel-names";
import { EmptyState, formatDay, PlanSection, ScrollRegion } from "./plan-kit";

// Cell styles are set once per table rather than on every cell: a large plan has hundreds of
// cells, and each class would be sent twice (HTML and the RSC payload).
const table = [
  "w-full border-collapse bg-white text-sm print:[&_tr]:break-inside-avoid",
  "[&_td]:border-b [&_td]:border-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top",
  "[&_tbody_th]:border-b [&_tbody_th]:border-slate-200 [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:align-top [&_tbody_th]:text-left",
  "[&_thead_th]:border-b [&_thead_th]:border-slate-300 [&_thead_th]:px-3 [&_thead_th]:py-2 [&_thead_th]:align-bottom",
  "[&_thead_th]:text-xs [&_thead_th]:font-semibold [&_thead_th]:uppercase [&_thead_th]:tracking-wide [&_thead_th]:text-slate-600",
  "[&_tfoot_th]:px-3 [&_tfoot_th]:py-2 [&_tfoot_td]:border-b-0",
].join(" ");
export const tableClasses = { table, caption: "mb-2 text-left text-base font-semibold" };
const th = "text-left";

/** Step 5's content ideas, one table per persona in the order the personas appear above, each by journey stage, then date, as in the downloads. */
export async function PlanContent({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan");
  const format = await getFormatter();
  return (
    <PlanSection
      id="content"
      title={t("content.title")}
      summary={plan.contentIdeaCount ? t("content.count", { count: plan.contentIdeaCount }) : undefined}
    >
      {plan.content.length === 0 ? (
        <EmptyState message={t("content.empty")} projectId={plan.project.id} section="content" />
      ) : (
        plan.content.map(({ persona, ideas }) => (
          // A region a keyboard can scroll: on a phone the table is wider than the screen.
          <ScrollRegion
            key={persona.id}
            id={`content-${persona.id}`}
            label={t("content.caption", { persona: persona.name, offering: persona.offeringName })}
            hint={t("scrollHintColumns")}
          >
            <table className={tableClasses.table}>
              <caption className={tableClasses.caption}>
                {t("content.caption", { persona: persona.name, offering: persona.offeringName })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("content.topic")}
                  </th>
                  <th scope="col" className={th}>
                    {t("content.format")}
                  </th>
                  <th scope="col" className={th}>
                    {t("content.stage")}
                  </th>
                  <th scope="col" className={th}>
                    {t("content.addresses")}
                  </th>
                  <th scope="col" className={th}>
                    {t("content.date")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ideas.map((idea) => (
                  <tr key={idea.id}>
                    <th scope="row" className="font-medium">
                      {idea.topic}
                    </th>
                    <td>{idea.format}</td>
                    <td>{idea.stage}</td>
                    <td>{idea.addresses}</td>
                    <td className="whitespace-nowrap">{idea.plannedOn ? formatDay(format, idea.plannedOn) : t("content.noDate")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))
      )}
    </PlanSection>
  );
}

/** Step 5's social matrix: one row per persona, one column per network. */
export async function PlanSocial({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan");
  const tNetworks = await getTranslations("competitors.networkLabels");
  const { networks, rows, planCount } = plan.social;
  return (
    <PlanSection id="social" title={t("social.title")} summary={planCount ? t("social.count", { count: planCount }) : undefined}>
      {rows.length === 0 ? (
        <EmptyState message={t("social.empty")} projectId={plan.project.id} section="social" />
      ) : (
        <ScrollRegion id="social-matrix" label={t("social.caption")} hint={t("scrollHintColumns")}>
          <table className={tableClasses.table}>
            <caption className={tableClasses.caption}>{t("social.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("social.persona")}
                </th>
                {networks.map((network) => (
                  <th key={network} scope="col" className={th}>
                    {channelName(network, (id) => tNetworks(id))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ persona, cells }) => (
                <tr key={persona.id}>
                  <th scope="row">
                    <span className="block font-semibold">{persona.name}</span>
                    <span className="block text-xs font-normal text-slate-600">{persona.offeringName}</span>
                  </th>
                  {cells.map((plans, index) => (
                    <td key={networks[index]} className="min-w-40">
                      {plans.length === 0 ? (
                        <span className="text-slate-500">{t("social.none")}</span>
                      ) : (
                        plans.map((p) => (
                          <p key={p.id} className="space-y-0.5 [&+&]:mt-2">
                            <span className="block">{p.purpose}</span>
                            <span className="block text-xs text-slate-600">
                              {[p.frequency && `${t("social.frequency")}: ${p.frequency}`, p.tone && `${t("social.tone")}: ${p.tone}`]
                                .filter(Boolean)
                                .join(" · ")}
                            </span>
                          </p>
                        ))
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </PlanSection>
  );
}
