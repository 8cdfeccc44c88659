import { View } from "@react-pdf/renderer";
import type { PersonaRow } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { FieldColumn, GroupTitle, MissingNote, MissingStep, SectionHeading, type SectionProps } from "./blocks";
import { networkNames } from "@/lib/export/plan-wording";
import { ageRange, bulletList, joinList, keepTogether, labelOr } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

/** Everything the card prints from the persona's answers, to judge whether it fits a page. */
function answers(p: PersonaRow): string[] {
  return [
    ...p.goals,
    ...p.jobs,
    ...p.pains,
    ...p.gains,
    ...p.channels,
    p.description,
    p.needs,
    p.motivations,
    p.ideals,
    p.attractingContent,
    p.objections,
  ];
}

/**
 * One persona. The offering's heading travels inside its first card, so a page never ends on
 * a heading whose card moved to the next page.
 */
function PersonaCard({ persona, offering, heading, text }: { persona: PersonaRow; offering: string; heading?: string; text: ExportText }) {
  const label = (key: MessageKeyIn<"export.persona">) => text.t(`export.persona.${key}`);
  const role = labelOr(text, `export.decisionRoles.${persona.decisionRole}`, persona.decisionRole);
  const who = [
    ageRange(text, persona.ageMin, persona.ageMax),
    persona.generation ? labelOr(text, `personas.generations.${persona.generation}`, persona.generation) : "",
    persona.gender,
    persona.location,
    persona.occupation,
  ].filter((s) => s.trim() !== "");
  return (
    <View wrap={!keepTogether(answers(persona))}>
      {heading ? <GroupTitle>{heading}</GroupTitle> : null}
      <View style={styles.card}>
        <View style={styles.cardHead} wrap={false}>
          <Text style={styles.cardName}>{persona.name}</Text>
          <Text style={styles.cardMeta}>{`${label("offering")}: ${offering}`}</Text>
        </View>
        <View style={styles.cardBody}>
          <FieldColumn
            fields={[
              { label: label("description"), value: persona.description },
              { label: label("demographics"), value: who.join(" · ") },
            ]}
          />
          <View style={styles.columns}>
            <FieldColumn
              style={styles.column}
              fields={[
                { label: label("goals"), value: bulletList(persona.goals) },
                { label: label("jobs"), value: bulletList(persona.jobs) },
                { label: label("pains"), value: bulletList(persona.pains) },
                { label: label("gains"), value: bulletList(persona.gains) },
              ]}
            />
            <FieldColumn
              style={styles.column}
              fields={[
                { label: label("needs"), value: persona.needs },
                { label: label("motivations"), value: persona.motivations },
                { label: label("ideals"), value: persona.ideals },
                { label: label("decisionRole"), value: role },
                { label: label("intermediary"), value: label(persona.needsIntermediary ? "intermediaryYes" : "intermediaryNo") },
                { label: label("channels"), value: joinList(networkNames(text, persona.channels)) },
              ]}
            />
          </View>
          <FieldColumn
            fields={[
              { label: label("attractingContent"), value: persona.attractingContent },
              { label: label("objections"), value: persona.objections },
            ]}
          />
        </View>
      </View>
    </View>
  );
}

/** Step 4: one card per buyer persona, grouped under the offering they buy. */
export function PersonasSection({ data, text, at }: SectionProps) {
  return (
    <>
      <SectionHeading at={at}>{text.t("export.sections.personas")}</SectionHeading>
      {data.plan.personaCount === 0 ? (
        <MissingStep text={text} step={at.step.number} />
      ) : (
        data.plan.offerings.map((offering) => (
          <View key={offering.id}>
            {offering.personas.length ? (
              offering.personas.map((persona, i) => (
                <PersonaCard
                  key={persona.id}
                  persona={persona}
                  offering={offering.name}
                  heading={i === 0 ? text.t("plan.offerings.personasTitle", { offering: offering.name }) : undefined}
                  text={text}
                />
              ))
            ) : (
              <View wrap={false}>
                <GroupTitle>{text.t("plan.offerings.personasTitle", { offering: offering.name })}</GroupTitle>
                <MissingNote text={text} message={text.t("plan.offerings.noPersonas")} />
              </View>
            )}
          </View>
        ))
      )}
    </>
  );
}
