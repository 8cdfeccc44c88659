import { getTranslations } from "next-intl/server";
import type { PlanOverview } from "@/db/queries/plan-overview";
import { isGeneration } from "@/lib/validation/personas-step";
import { channelName } from "@/lib/wizard/channel-names";
import { genderName } from "@/lib/wizard/choice-labels";
import { Details, EmptyState, formatAgeRange, joinList, PlanSection } from "./plan-kit";

/** Step 2: who else sells to the audience, and where that audience lives online. */
export async function PlanMarket({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan.market");
  // Common networks are stored by id ("youtube"); show them as step 2 labels them.
  const tNetworks = await getTranslations("competitors.networkLabels");
  const networkLabel = (network: string) => channelName(network, (id) => tNetworks(id));
  const projectId = plan.project.id;
  const profile = plan.digitalProfile;
  return (
    <PlanSection id="market" title={t("title")}>
      <div className="space-y-3">
        <h3 className="text-lg font-bold text-slate-800">{t("competitorsTitle")}</h3>
        {plan.competitors.length ? (
          <ul className="grid gap-3 md:grid-cols-2">
            {plan.competitors.map((competitor) => (
              <li key={competitor.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 print:break-inside-avoid">
                <h4 className="font-semibold">{competitor.name}</h4>
                <Details
                  className="sm:grid-cols-1"
                  items={[
                    { label: t("website"), value: competitor.website },
                    { label: t("overlap"), value: competitor.overlap },
                    { label: t("revenueModel"), value: competitor.revenueModel },
                    { label: t("channels"), value: competitor.channels },
                    { label: t("notes"), value: competitor.notes },
                  ]}
                />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState message={t("noCompetitors")} projectId={projectId} section="market" />
        )}
      </div>
      <div className="space-y-3">
        <h3 className="text-lg font-bold text-slate-800">{t("digitalTitle")}</h3>
        {profile ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <Details
              items={[
                { label: t("socialNetworks"), value: joinList(profile.socialNetworks.map(networkLabel)) },
                { label: t("media"), value: joinList(profile.media) },
                { label: t("keywords"), value: joinList(profile.keywords) },
                { label: t("needs"), value: profile.needs },
                { label: t("painPoints"), value: profile.painPoints },
              ]}
            />
          </div>
        ) : (
          <EmptyState message={t("noDigital")} projectId={projectId} section="market" />
        )}
      </div>
    </PlanSection>
  );
}

/** Step 3: the demographic and sociocultural profile of the target. */
export async function PlanDemographics({ plan }: { plan: PlanOverview }) {
  const t = await getTranslations("plan");
  const ages = await getTranslations("plan.persona");
  const personas = await getTranslations("personas");
  const tGender = await getTranslations("demographics.genderOptions");
  const profile = plan.targetProfile;
  const generation = (g: string) => (isGeneration(g) ? personas(`generations.${g}`) : g);
  const age = profile ? formatAgeRange(ages, profile.ageMin, profile.ageMax) : "";
  return (
    <PlanSection id="demographics" title={t("demographics.title")}>
      {profile ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <Details
            items={[
              { label: t("demographics.age"), value: age },
              { label: t("demographics.generations"), value: joinList(profile.generations.map(generation)) },
              { label: t("demographics.genders"), value: joinList(profile.genders.map((g) => genderName(g, (code) => tGender(code)))) },
              { label: t("demographics.locations"), value: joinList(profile.locations) },
              { label: t("demographics.household"), value: profile.household },
              { label: t("demographics.occupation"), value: profile.occupation },
              { label: t("demographics.economicLevel"), value: profile.economicLevel },
              { label: t("demographics.educationLevel"), value: profile.educationLevel },
              { label: t("demographics.languages"), value: joinList(profile.languages) },
              { label: t("demographics.valuesAndCustoms"), value: profile.valuesAndCustoms },
            ]}
          />
        </div>
      ) : (
        <EmptyState message={t("demographics.empty")} projectId={plan.project.id} section="demographics" />
      )}
    </PlanSection>
  );
}
