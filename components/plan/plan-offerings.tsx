import { getFormatter, getTranslations } from "next-intl/server";
import type { OfferingOverview, PlanOverview } from "@/db/queries/plan-overview";
import { PersonaAssumptions } from "./persona-evidence";
import { PersonaSummary } from "./persona-summary";
import { Details, EmptyState, PlanSection } from "./plan-kit";

async function OfferingSummary({ projectId, offering }: { projectId: string; offering: OfferingOverview }) {
  const t = await getTranslations("plan");
  const format = await getFormatter();
  const headingId = `offering-${offering.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h4 id={headingId} className="text-lg font-semibold">
        {offering.name}
      </h4>
      <Details
        items={[
          { label: t("offerings.definition"), value: offering.definition },
          { label: t("offerings.objective"), value: offering.objective },
          { label: t("offerings.audience"), value: offering.audience },
          {
            label: t("offerings.tier"),
            value: `${t(`tiers.${offering.tier}`)} · ${t("offerings.importance")} ${t("offerings.importanceValue", { weight: offering.weight })}`,
          },
          {
            label: t("offerings.revenueShare"),
            value: offering.revenueShare === null ? "" : format.number(offering.revenueShare / 100, { style: "percent" }),
          },
        ]}
      />
      {offering.personas.length ? (
        // One persona a row: each card holds its fit canvas, a table that needs the width.
        <ul aria-label={t("offerings.personasTitle", { offering: offering.name })} className="space-y-3">
          {offering.personas.map((persona) => (
            <li key={persona.id}>
              <PersonaSummary projectId={projectId} persona={persona} offeringName={offering.name} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState message={t("offerings.noPersonas")} projectId={projectId} section="personas" />
      )}
    </article>
  );
}

/** Step 1's categories and offerings, each with step 4's personas beneath it. */
export async function PlanOfferings({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan");
  const projectId = plan.project.id;
  return (
    <PlanSection
      id="offerings"
      title={t("offerings.title")}
      summary={plan.offeringCount ? t("offerings.count", { offerings: plan.offeringCount, personas: plan.personaCount }) : undefined}
    >
      {/* Nothing without personas: the empty states below say what to do first. */}
      <PersonaAssumptions offerings={plan.offerings} />
      {plan.offeringCount === 0 ? (
        <EmptyState message={t("offerings.empty")} projectId={projectId} section="offerings" />
      ) : (
        plan.categories.map((category) => (
          <div key={category.id} className="space-y-3">
            <h3 className="text-lg font-bold text-slate-800">{category.name}</h3>
            {category.offerings.length ? (
              category.offerings.map((offering) => <OfferingSummary key={offering.id} projectId={projectId} offering={offering} />)
            ) : (
              <p className="text-sm text-slate-600">{t("offerings.emptyCategory")}</p>
            )}
          </div>
        ))
      )}
    </PlanSection>
  );
}
