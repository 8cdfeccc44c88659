import { View } from "@react-pdf/renderer";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { fitWords } from "@/lib/export/fit-wording";
import { GroupTitle } from "./blocks";
import { bulletList, keepTogether } from "./labels";
import { colors, styles } from "./styles";
import { type Cell, Table } from "./table";
import { Text } from "./text";

// Created once, like styles.ts: a large plan prints these for every persona.
const local = {
  bar: { height: 6, width: "50%", borderWidth: 0.5, borderColor: colors.muted, borderRadius: 3, marginBottom: 8 },
  pain: { marginBottom: 3 },
  painAnswers: { paddingLeft: 12, color: colors.muted },
  block: { marginTop: 12 },
} as const;

/** The share as a bar beside the words that state it; it adds nothing a reader of the text would miss. */
function ShareBar({ share, accent }: { share: number; accent: string }) {
  return (
    <View style={local.bar}>
      <View style={{ height: "100%", width: `${share}%`, backgroundColor: accent, borderRadius: 3 }} />
    </View>
  );
}

/**
 * A persona's value proposition after its sheet: the fit's share, the unanswered pains and
 * gains first, the canvas as a table (item, importance, what answers it), the unmet needs,
 * the motivations against competitors and what answers each pain.
 */
export function PersonaFit({
  persona,
  offering,
  accent,
  text,
}: {
  persona: PersonaOverview;
  offering: string;
  accent: string;
  text: ExportText;
}) {
  const words = fitWords(text, persona, offering);
  const { fit } = persona.valueProposition;
  const { unanswered, unmetNeeds, motivations, pains } = words;
  const rows: Cell[][] = (words.table?.rows ?? []).map(([kind, item, importance, answeredBy], i) => [
    kind!,
    item!,
    importance!,
    fit.items[i]!.answeredBy.length ? answeredBy! : { text: answeredBy!, tone: "strong" },
  ]);
  return (
    <View style={local.block}>
      {words.intermediary.map((line) => (
        <Text key={line} style={styles.paragraph}>
          {line}
        </Text>
      ))}
      <GroupTitle>{words.title}</GroupTitle>
      <Text style={styles.paragraph}>{words.share}</Text>
      {fit.share !== null ? <ShareBar share={fit.share} accent={accent} /> : null}
      {unanswered.lines.length ? (
        <View style={styles.missing} wrap={!keepTogether(unanswered.lines)}>
          <Text style={styles.missingMarker}>{unanswered.title}</Text>
          <Text>{bulletList(unanswered.lines)}</Text>
        </View>
      ) : null}
      {words.allAnswered ? <Text style={styles.paragraph}>{words.allAnswered}</Text> : null}
      {words.table ? (
        <>
          <Text style={styles.lead} minPresenceAhead={40}>
            {words.table.caption}
          </Text>
          <Table
            columns={words.table.header.map((label, i) => ({ label, width: [14, 34, 14, 38][i]! }))}
            groups={[{ key: "items", rows }]}
          />
        </>
      ) : null}
      {words.unlinked ? <Text style={styles.paragraph}>{words.unlinked}</Text> : null}
      {unmetNeeds.lines.length ? (
        <View style={styles.missing} wrap={!keepTogether(unmetNeeds.lines)}>
          <Text style={styles.missingMarker}>{unmetNeeds.title}</Text>
          <Text>{bulletList(unmetNeeds.lines)}</Text>
        </View>
      ) : null}
      {unmetNeeds.allMet ? <Text style={styles.paragraph}>{unmetNeeds.allMet}</Text> : null}
      {motivations.lines.length ? (
        <Text style={styles.paragraph}>
          <Text style={styles.fieldLabel}>{`${motivations.title}\n`}</Text>
          {motivations.lines.map(({ motivation, rivals }) => `•  ${motivation} — ${rivals}`).join("\n")}
        </Text>
      ) : null}
      {pains.lines.length ? (
        <Text style={styles.fieldLabel} minPresenceAhead={40}>
          {pains.title}
        </Text>
      ) : null}
      {pains.lines.map(({ pain, importance, answers }, i) => (
        // A pain stays with what answers it; react-pdf drops leading spaces, so the indent is a padding.
        <View key={i} wrap={false} style={local.pain}>
          <Text>{`•  ${pain} (${importance})`}</Text>
          <Text style={local.painAnswers}>{answers.join("\n")}</Text>
        </View>
      ))}
    </View>
  );
}
