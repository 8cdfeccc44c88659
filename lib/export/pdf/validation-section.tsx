import { View } from "@react-pdf/renderer";
import type { OfferingOverview, PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { assumptionsParagraph, validationWords } from "@/lib/export/validation-wording";
import { bulletList } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";

const local = { block: { marginTop: 8 } } as const;

/**
 * Whether research backs a persona, on its sheet: the hypothesis in the missing-note box (our
 * remark about the plan, like an unwalked journey) or the evidence, what it showed and
 * confirmed, and the checks still open.
 */
export function PersonaValidation({ persona, text }: { persona: PersonaOverview; text: ExportText }) {
  const words = validationWords(text, persona);
  return (
    <View style={local.block}>
      {words.validated ? (
        <Text style={[styles.paragraph, styles.strongText]}>{words.status}</Text>
      ) : (
        <View style={styles.missing} wrap={false}>
          <Text style={styles.missingMarker}>{words.status}</Text>
        </View>
      )}
      {words.note ? (
        <Text style={styles.paragraph}>
          <Text style={styles.strongText}>{`${words.note.label}: `}</Text>
          {words.note.value}
        </Text>
      ) : null}
      {[words.confirmed, words.openPlan].map((block) =>
        block ? (
          <View key={block.title}>
            <Text style={styles.fieldLabel} minPresenceAhead={30}>
              {block.title}
            </Text>
            <Text style={styles.paragraph}>{bulletList(block.lines)}</Text>
          </View>
        ) : null,
      )}
    </View>
  );
}

/** The project's paragraph before the persona sheets: how many rest on assumptions, and which. */
export function PersonaAssumptions({ offerings, text }: { offerings: readonly OfferingOverview[]; text: ExportText }) {
  const line = assumptionsParagraph(text, offerings);
  return line ? <Text style={styles.paragraph}>{line}</Text> : null;
}
