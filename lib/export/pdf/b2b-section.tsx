import { View } from "@react-pdf/renderer";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import { b2bWords } from "@/lib/export/b2b-wording";
import type { ExportText } from "@/lib/export/export-text";
import { bulletList } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";

/** The company a persona buys for and its buying committee, on the persona's sheet. */
export function PersonaB2b({ persona, text }: { persona: PersonaOverview; text: ExportText }) {
  const words = b2bWords(text, persona.b2b);
  if (!words) return null;
  return (
    <View>
      <Text style={[styles.paragraph, styles.strongText]}>{words.line}</Text>
      {words.committee ? (
        <View>
          <Text style={styles.fieldLabel} minPresenceAhead={30}>
            {words.committee.title}
          </Text>
          <Text style={styles.paragraph}>{bulletList(words.committee.lines)}</Text>
        </View>
      ) : null}
    </View>
  );
}
