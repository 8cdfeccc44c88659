import { Circle, Line, Svg, View } from "@react-pdf/renderer";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { PlanJourney } from "@/db/queries/plan-overview-journey";
import type { ExportText } from "@/lib/export/export-text";
import { emotionCurve } from "@/lib/export/journey-curve";
import { journeyWords } from "@/lib/export/journey-wording";
import { GroupTitle } from "./blocks";
import { bulletList } from "./labels";
import { colors, styles } from "./styles";
import { type Cell, Table } from "./table";
import { Text } from "./text";

// A persona's journey map after its fit: the stages across as a table, the emotion curve
// drawn with react-pdf's Svg primitives over the stage columns, so each point sits above its
// stage. More than STAGES_PER_TABLE stages would make columns too narrow to read on A4, so a
// long journey is printed as several tables of consecutive stages, each with its own curve.

const STAGES_PER_TABLE = 6;
/** The width of the row labels, as a percent of the table; the stages share the rest. */
const LABEL_WIDTH = 16;
/** A4's width less the page's side margins (styles.page), in points. */
const CONTENT_WIDTH = 595.28 - 2 * 44;
const CURVE_HEIGHT = 46;
const CURVE_PAD = 7;

const local = {
  block: { marginTop: 14 },
  curveRow: { flexDirection: "row", alignItems: "center" },
  curveLabel: { width: `${LABEL_WIDTH}%`, fontSize: 6.5, color: colors.muted, paddingRight: 4 },
} as const;

const pointColour = (feeling: number) => (feeling > 0 ? "#047857" : feeling < 0 ? "#b91c1c" : colors.muted);

/** The curve over the stages `from` to `to` (exclusive), as wide as their columns of the table. */
function Curve({ journey, from, to, label }: { journey: PlanJourney; from: number; to: number; label: string }) {
  const width = CONTENT_WIDTH * ((100 - LABEL_WIDTH) / 100);
  const { points, segments } = emotionCurve(journey.columns.slice(from, to).map(({ cell }) => cell.feeling));
  const x = (share: number) => share * width;
  const y = (share: number) => CURVE_PAD + share * (CURVE_HEIGHT - 2 * CURVE_PAD);
  return (
    <View style={local.curveRow}>
      <Text style={local.curveLabel}>{label}</Text>
      <Svg width={width} height={CURVE_HEIGHT}>
        <Line x1={0} y1={y(0.5)} x2={width} y2={y(0.5)} stroke={colors.rule} strokeWidth={0.75} strokeDasharray="3 3" />
        {segments.map(([a, b]) => (
          <Line key={a.index} x1={x(a.x)} y1={y(a.y)} x2={x(b.x)} y2={y(b.y)} stroke={colors.brand} strokeWidth={1.75} />
        ))}
        {points.map((p) => (
          <Circle key={p.index} cx={x(p.x)} cy={y(p.y)} r={3.5} fill="#ffffff" stroke={pointColour(p.feeling)} strokeWidth={1.75} />
        ))}
      </Svg>
    </View>
  );
}

export function PersonaJourney({ persona, text }: { persona: PersonaOverview; text: ExportText }) {
  const journey = persona.journeyMap;
  if (!journey) return null;
  const words = journeyWords(text, persona, journey);
  const starts = words.stages.map((_, i) => i).filter((i) => i % STAGES_PER_TABLE === 0);
  return (
    <View style={local.block}>
      <GroupTitle>{words.title}</GroupTitle>
      {words.objective ? (
        <Text style={styles.paragraph}>
          <Text style={styles.strongText}>{`${words.objective.label}: `}</Text>
          {words.objective.value}
        </Text>
      ) : null}
      {words.status.walked ? (
        <Text style={styles.paragraph}>{words.status.text}</Text>
      ) : (
        <View style={styles.missing} wrap={false}>
          <Text style={styles.missingMarker}>{words.status.text}</Text>
        </View>
      )}
      <Text style={styles.fieldLabel} minPresenceAhead={30}>
        {words.glance.title}
      </Text>
      <Text style={styles.paragraph}>{bulletList(words.glance.lines)}</Text>
      <Text style={styles.lead} minPresenceAhead={120}>
        {words.table.caption}
      </Text>
      {starts.map((from) => {
        const to = Math.min(from + STAGES_PER_TABLE, words.stages.length);
        const stages = words.stages.slice(from, to);
        const rows: Cell[][] = words.table.rows.map((row) => [
          { text: row.label, tone: "strong" },
          ...row.cells.slice(from, to).map((cell): Cell => (row.key === "feeling" ? { text: cell, tone: "strong" } : cell)),
        ]);
        return (
          <View key={from}>
            <View wrap={false} minPresenceAhead={60}>
              <Curve journey={journey} from={from} to={to} label={words.feelings.title} />
            </View>
            <Table
              columns={[
                { label: words.table.corner, width: LABEL_WIDTH },
                ...stages.map((label) => ({ label, width: (100 - LABEL_WIDTH) / stages.length })),
              ]}
              groups={[{ key: `stages-${from}`, rows }]}
            />
          </View>
        );
      })}
    </View>
  );
}
