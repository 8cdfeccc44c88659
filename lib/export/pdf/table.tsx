import { type Styles, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import { styles } from "./styles";
import { Text } from "./text";

// Tables drawn with rows of Text cells: react-pdf has no table element. A cell is a Text
// with a width, not a View holding a Text, which halves the boxes the layout measures.

type Style = Styles[string];

export interface Column {
  label: string;
  /** Percent of the table's width; a table's columns add up to 100. */
  width: number;
  align?: "right";
}

export type Tone = "muted" | "strong";

/** Part of a cell with its own emphasis; `text` may hold line breaks. */
export interface Part {
  text: string;
  tone?: Tone;
}

export type Cell = string | Part | Part[];

export interface RowGroup {
  key: string;
  /** A band above the group's rows (a category, an offering, a persona). */
  title?: string;
  rows: Cell[][];
  /** A closing row: the label spans every column but the last, which holds the value. */
  total?: { label: string; value: string };
}

const toneStyle: Record<Tone, Style> = { muted: styles.mutedText, strong: styles.strongText };

function CellText({ cell, style }: { cell: Cell; style: Style[] }) {
  if (typeof cell === "string") return <Text style={style}>{cell}</Text>;
  const parts = Array.isArray(cell) ? cell : [cell];
  return (
    <Text style={style}>
      {parts.map((part, i) => (
        <Text key={i} style={part.tone ? toneStyle[part.tone] : undefined}>
          {i > 0 ? `\n${part.text}` : part.text}
        </Text>
      ))}
    </Text>
  );
}

/**
 * A table whose header repeats on every page it spans (`fixed`) and whose rows never split
 * across a page break (`wrap={false}`). Group bands ask for room for at least one row
 * after them, so a band never ends a page on its own.
 */
export function Table({ columns, groups }: { columns: Column[]; groups: RowGroup[] }) {
  // One style array per column, shared by every row of the table.
  const cellStyles = columns.map((c) => [c.align === "right" ? styles.cellRight : styles.cell, { width: `${c.width}%` }]);
  const last = columns.length - 1;
  const totalLabelStyle = [styles.cellRight, { width: `${100 - (columns[last]?.width ?? 0)}%` }];
  const rowView = (row: Cell[], r: number) => (
    <View key={r} style={r % 2 ? styles.rowAlt : styles.row} wrap={false}>
      {row.map((cell, i) => (
        <CellText key={i} cell={cell} style={cellStyles[i]!} />
      ))}
    </View>
  );
  return (
    <View style={styles.table}>
      <View style={styles.headerRow} fixed minPresenceAhead={28}>
        {columns.map((column, i) => (
          <Text key={i} style={cellStyles[i]}>
            {column.label}
          </Text>
        ))}
      </View>
      {groups.map((group) => (
        <Fragment key={group.key}>
          {group.title !== undefined ? (
            <Text style={styles.groupRow} wrap={false} minPresenceAhead={28}>
              {group.title}
            </Text>
          ) : null}
          {(group.total ? group.rows.slice(0, -1) : group.rows).map(rowView)}
          {group.total ? (
            // The closing total keeps the group's last row with it on the same page.
            <View wrap={false}>
              {group.rows.length ? rowView(group.rows.at(-1)!, group.rows.length - 1) : null}
              <View style={styles.totalRow}>
                <Text style={totalLabelStyle}>{group.total.label}</Text>
                <Text style={cellStyles[last]}>{group.total.value}</Text>
              </View>
            </View>
          ) : null}
        </Fragment>
      ))}
    </View>
  );
}
