import { View } from "@react-pdf/renderer";
import { birthYears, genderNames, networkNames } from "@/lib/export/plan-wording";
import { type Field, FieldColumn, Fields, MissingStep, SectionHeading, type SectionProps, SubTitle } from "./blocks";
import { ageRange, joinList, keepTogether, labelOr } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";

/** Two by two, so competitors sit side by side in rows that never split across pages. */
function pairs<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / 2) }, (_, i) => items.slice(i * 2, i * 2 + 2));
}

/** Step 2: who else sells to the audience, and where that audience spends its time online. */
export function MarketSection({ data, text, at }: SectionProps) {
  const { competitors, digitalProfile: profile } = data.plan;
  const profileFields: Field[] = profile
    ? [
        { label: text.t("plan.market.socialNetworks"), value: joinList(networkNames(text, profile.socialNetworks)) },
        { label: text.t("plan.market.media"), value: joinList(profile.media) },
        { label: text.t("plan.market.keywords"), value: joinList(profile.keywords), wide: true },
        { label: text.t("plan.market.needs"), value: profile.needs, wide: true },
        { label: text.t("plan.market.painPoints"), value: profile.painPoints, wide: true },
      ]
    : [];
  return (
    <>
      <SectionHeading at={at}>{text.t("export.sections.market")}</SectionHeading>
      <SubTitle>{text.t("plan.market.competitorsTitle")}</SubTitle>
      {competitors.length ? (
        pairs(competitors).map((pair) => (
          <View key={pair[0]!.id} style={styles.pair} wrap={false}>
            {pair.map((c) => (
              <View key={c.id} style={styles.half}>
                <View style={styles.competitor}>
                  <Text style={styles.competitorName}>{c.name}</Text>
                  {c.website.trim() ? <Text style={styles.competitorSite}>{c.website}</Text> : null}
                  <FieldColumn
                    fields={[
                      { label: text.t("plan.market.overlap"), value: c.overlap },
                      { label: text.t("plan.market.revenueModel"), value: c.revenueModel },
                      { label: text.t("plan.market.channels"), value: c.channels },
                      { label: text.t("plan.market.notes"), value: c.notes },
                    ]}
                  />
                </View>
              </View>
            ))}
          </View>
        ))
      ) : (
        <MissingStep text={text} step={at.step.number} />
      )}

      <SubTitle>{text.t("plan.market.digitalTitle")}</SubTitle>
      {profile ? (
        <View style={styles.box} wrap={!keepTogether(profileFields.map((f) => f.value))}>
          <Fields fields={profileFields} />
        </View>
      ) : (
        <MissingStep text={text} step={at.step.number} />
      )}
    </>
  );
}

/**
 * Step 3. Generations print with their birth years, and the age range with the years its
 * people were born in (counted from the year the document is made), so the two can be compared.
 */
export function DemographicsSection({ data, text, at }: SectionProps) {
  const profile = data.plan.targetProfile;
  const heading = <SectionHeading at={at}>{text.t("export.sections.demographics")}</SectionHeading>;
  if (!profile) {
    return (
      <>
        {heading}
        <MissingStep text={text} step={at.step.number} />
      </>
    );
  }
  const { ageMin, ageMax } = profile;
  const born = birthYears(text, ageMin, ageMax, data.generatedAt.getUTCFullYear());
  const age = ageRange(text, ageMin, ageMax);
  const generations = profile.generations.map((g) => labelOr(text, `demographics.generationOptions.${g}`, g));
  const fields: Field[] = [
    { label: text.t("plan.demographics.age"), value: age && born ? `${age}\n${born}` : age },
    { label: text.t("plan.demographics.genders"), value: joinList(genderNames(text, profile.genders)) },
    { label: text.t("plan.demographics.generations"), value: generations.join("\n"), wide: true },
    { label: text.t("plan.demographics.locations"), value: joinList(profile.locations) },
    { label: text.t("plan.demographics.household"), value: profile.household },
    { label: text.t("plan.demographics.occupation"), value: profile.occupation },
    { label: text.t("plan.demographics.economicLevel"), value: profile.economicLevel },
    { label: text.t("plan.demographics.educationLevel"), value: profile.educationLevel },
    { label: text.t("plan.demographics.languages"), value: joinList(profile.languages) },
    { label: text.t("plan.demographics.valuesAndCustoms"), value: profile.valuesAndCustoms, wide: true },
  ];
  return (
    <>
      {heading}
      <View style={styles.box} wrap={!keepTogether(fields.map((f) => f.value))}>
        <Fields fields={fields} />
      </View>
    </>
  );
}
