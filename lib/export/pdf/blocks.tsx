import { type Styles, View } from "@react-pdf/renderer";
import { Fragment, type ReactNode } from "react";
import type { StepStatus } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { missingSectionText } from "./labels";
import { styles } from "./styles";
import { Text } from "./text";

type Style = Styles[string];

// The document's building blocks besides tables: headings, missing notes, label/value
// grids and the running footer.

/** A numbered part of the plan; the long ones start on a new page so the reader can find them. */
export function Section({
  title,
  children,
  breakBefore = true,
  accent,
}: {
  title: string;
  children: ReactNode;
  breakBefore?: boolean;
  /** The project's accent colour (see branding.ts), which the titles carry like the cover. */
  accent: string;
}) {
  // No wrapping View: a flat list of blocks is cheaper for the paginator to pack.
  return (
    <>
      <Text style={[styles.sectionTitle, { color: accent, borderBottomColor: accent }]} break={breakBefore} minPresenceAhead={80}>
        {title}
      </Text>
      {children}
    </>
  );
}

/**
 * Where a section is printed: the step that fills it (its missing notes name that step), and
 * whether it is one of several under its step's numbered title, so that it prints its own
 * subtitle, or a numbered part of its own, whose title already names it.
 */
export interface Placement {
  step: StepStatus;
  nested: boolean;
}

export interface SectionProps {
  data: PlanExport;
  text: ExportText;
  at: Placement;
}

/** A section's own title: a subtitle when it shares its step's part, nothing when the part's title names it. */
export function SectionHeading({ at, children }: { at: Placement; children: string }) {
  return at.nested ? <SubTitle>{children}</SubTitle> : null;
}

/** A heading that is never the last line of a page: it asks for room for what follows. */
export function SubTitle({ children }: { children: string }) {
  return (
    <Text style={styles.subTitle} minPresenceAhead={90}>
      {children}
    </Text>
  );
}

export function GroupTitle({ children }: { children: string }) {
  return (
    <Text style={styles.groupTitle} minPresenceAhead={70}>
      {children}
    </Text>
  );
}

/** What an empty or unfinished part shows instead of its content, so a gap is never silent. */
export function MissingNote({ text, message }: { text: ExportText; message: string }) {
  return (
    <View style={styles.missing} wrap={false}>
      <Text>
        <Text style={styles.missingMarker}>{`${text.t("export.missing.marker")}: `}</Text>
        {message}
      </Text>
    </View>
  );
}

/** The note for a part that a wizard step fills: which step to complete, by number and name. */
export function MissingStep({ text, step }: { text: ExportText; step: number }) {
  return <MissingNote text={text} message={missingSectionText(text, step)} />;
}

export interface Field {
  label: string;
  value: string;
  /** Spans both columns: long answers read better at full width. */
  wide?: boolean;
}

/**
 * Label/value pairs in two columns. Each pair is a single Text (the label a nested run on
 * its own line) so a pair never splits from its label, at the cost of one box, not three.
 * Blank answers are left out, as on the plan page: what a step still lacks is said once, at
 * the step, not as a row of "not filled in" a client would read as sloppiness.
 */
export function Fields({ fields }: { fields: Field[] }) {
  return (
    <View style={styles.fields}>
      {filledFields(fields).map((field) => (
        <Text key={field.label} style={field.wide ? styles.fieldWide : styles.field} wrap={false}>
          <Text style={styles.fieldLabel}>{`${field.label}\n`}</Text>
          {field.value}
        </Text>
      ))}
    </View>
  );
}

export const filledFields = (fields: readonly Field[]) => fields.filter((field) => field.value.trim() !== "");

/**
 * Label/value pairs as one flowing Text, for a column of a persona card. One Text per column
 * instead of one per pair: the layout cost of a text is mostly per box, and a large plan has
 * hundreds of cards. A short line of small type separates the pairs.
 */
export function FieldColumn({ fields, style }: { fields: Field[]; style?: Style }) {
  const filled = filledFields(fields);
  if (!filled.length) return null;
  return (
    <Text style={style}>
      {filled.map((field, i) => (
        <Fragment key={field.label}>
          {i > 0 ? <Text style={styles.fieldGap}>{"\n"}</Text> : null}
          <Text style={styles.fieldLabel}>{`${field.label}\n`}</Text>
          {field.value}
          {i < filled.length - 1 ? "\n" : null}
        </Fragment>
      ))}
    </Text>
  );
}

/**
 * Page chrome for react-pdf's page `layout`: the content flows where `children` is placed and
 * the footer (project name, "Page x of y") is drawn below it on every page, its space reserved.
 */
export function PageFrame({
  children,
  pageNumber,
  totalPages,
  text,
  project,
}: {
  children?: ReactNode;
  pageNumber?: number;
  totalPages?: number;
  text: ExportText;
  project: string;
}) {
  return (
    <>
      <View style={styles.pageBody}>{children}</View>
      <View style={styles.footer}>
        <Text style={styles.footerProject}>{project}</Text>
        <Text>{text.t("export.page", { page: pageNumber ?? 0, total: totalPages ?? 0 })}</Text>
      </View>
    </>
  );
}
