import { View } from "@react-pdf/renderer";
import type { PersonaOverview, PersonaRow } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { decisionRoleNames, networkNames } from "@/lib/export/plan-wording";
import type { MessageKeyIn } from "@/lib/i18n/app-config";
import { FieldColumn, GroupTitle, MissingNote, MissingStep, SectionHeading, type SectionProps } from "./blocks";
import { accentOf } from "./branding";
import { PersonaFit } from "./fit-section";
import { PersonaJourney } from "./journey-section";
import { PersonaAssumptions, PersonaValidation } from "./validation-section";
import { PersonaB2b } from "./b2b-section";
import { ageRange, bulletList, joinList, labelOr } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";

/** "Lucía Gómez" → "LG", "Victor" → "V": the avatar a persona sheet shows instead of a photo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toLocaleUpperCase())
    .join("");
}

/**
 * The line the sheet quotes. Step 4 has no quote field, so the persona speaks through the
 * answer closest to their own voice: their ideal, else their motivation, else the description.
 */
export function personaQuote(persona: Pick<PersonaRow, "ideals" | "motivations" | "description">): string {
  return [persona.ideals, persona.motivations, persona.description].find((s) => s.trim() !== "")?.trim() ?? "";
}

/**
 * One buyer persona on a page of their own, to hand to a client or pin to a wall: who they
 * are with an initials avatar in the accent colour, a quote, then why and how they buy.
 * Blank answers are left out, so a sheet never lists gaps.
 */
function PersonaSheet({
  persona,
  offering,
  accent,
  first,
  text,
}: {
  persona: PersonaOverview;
  offering: string;
  accent: string;
  /** The first sheet shares its page with the part's title. */
  first: boolean;
  text: ExportText;
}) {
  const label = (key: MessageKeyIn<"export.persona">) => text.t(`export.persona.${key}`);
  const role = decisionRoleNames(text, persona.decisionRoles);
  const who = [
    ageRange(text, persona.ageMin, persona.ageMax),
    persona.generation ? labelOr(text, `personas.generations.${persona.generation}`, persona.generation) : "",
    persona.gender,
    persona.location,
    persona.occupation,
  ].filter((s) => s.trim() !== "");
  const quote = personaQuote(persona);
  return (
    <View break={!first} style={styles.sheet}>
      <View style={styles.sheetHead} wrap={false}>
        <View style={[styles.avatar, { backgroundColor: accent }]}>
          <Text style={styles.avatarText}>{initials(persona.name)}</Text>
        </View>
        <View style={styles.sheetTitle}>
          <Text style={styles.sheetName}>{persona.name}</Text>
          <Text style={styles.sheetMeta}>{`${label("offering")}: ${offering} · ${role}`}</Text>
          {who.length ? <Text style={styles.sheetMeta}>{who.join(" · ")}</Text> : null}
        </View>
      </View>
      {quote ? (
        <View style={[styles.quote, { borderLeftColor: accent }]} wrap={false}>
          <Text>{`“${quote}”`}</Text>
        </View>
      ) : null}
      {persona.description.trim() && persona.description.trim() !== quote ? (
        <Text style={styles.paragraph}>{persona.description}</Text>
      ) : null}
      <PersonaB2b persona={persona} text={text} />
      <PersonaValidation persona={persona} text={text} />
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
            { label: label("intermediary"), value: persona.needsIntermediary ? label("intermediaryYes") : "" },
            { label: label("channels"), value: joinList(networkNames(text, persona.channels)) },
          ]}
        />
      </View>
      {/* A persona with only a name would otherwise print an empty shaded band. */}
      {persona.attractingContent.trim() || persona.objections.trim() ? (
        <View style={[styles.buyBox, { borderTopColor: accent }]}>
          <FieldColumn
            fields={[
              { label: label("attractingContent"), value: persona.attractingContent },
              { label: label("objections"), value: persona.objections },
            ]}
          />
        </View>
      ) : null}
      <PersonaFit persona={persona} offering={offering} accent={accent} text={text} />
      <PersonaJourney persona={persona} text={text} />
    </View>
  );
}

/** Step 4: a sheet per buyer persona, offering by offering. */
export function PersonasSection({ data, text, at }: SectionProps) {
  const accent = accentOf(data);
  const firstId = data.plan.offerings.find((o) => o.personas.length)?.personas[0]?.id;
  return (
    <>
      <SectionHeading at={at}>{text.t("export.sections.personas")}</SectionHeading>
      <PersonaAssumptions offerings={data.plan.offerings} text={text} />
      {data.plan.personaCount === 0 ? (
        <MissingStep text={text} step={at.step.number} />
      ) : (
        data.plan.offerings.map((offering) =>
          offering.personas.length ? (
            offering.personas.map((persona) => (
              <PersonaSheet
                key={persona.id}
                persona={persona}
                offering={offering.name}
                accent={accent}
                first={persona.id === firstId}
                text={text}
              />
            ))
          ) : (
            <View key={offering.id} wrap={false}>
              <GroupTitle>{text.t("plan.offerings.personasTitle", { offering: offering.name })}</GroupTitle>
              <MissingNote text={text} message={text.t("plan.offerings.noPersonas")} />
            </View>
          ),
        )
      )}
    </>
  );
}
