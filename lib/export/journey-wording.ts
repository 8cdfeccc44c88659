import type { PlanJourney } from "@/db/queries/plan-overview-journey";
import type { MessageKey } from "@/lib/i18n/app-config";
import { stageName, type Feeling, type JourneyCell } from "@/lib/validation/journey";

// A persona's journey map in the words the plan page and every download print (PDF, DOCX,
// Markdown), as plain strings: each layout only arranges and escapes them, so the page and
// the files cannot word a stage, a feeling or the hypothesis differently.

/** What the wording needs: any message, and a calendar day in the reader's language. ExportText is one. */
export interface JourneyText {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  date: (day: string) => string;
}

export const JOURNEY_ROWS = ["touchpoints", "thinksAndDoes", "feeling", "painPoints", "opportunities"] as const;
export type JourneyRow = (typeof JOURNEY_ROWS)[number];

const SCALE = { "-2": "veryNegative", "-1": "negative", "0": "neutral", "1": "positive", "2": "veryPositive" } as const;

export interface JourneyWords {
  title: string;
  /** What the owner wants to learn from the map; null when not written. */
  objective: { label: string; value: string } | null;
  /** "Walked on …: what they found", or the hypothesis line until then. */
  status: { walked: boolean; text: string };
  /** Stage names as the reader reads them, in the project's order. */
  stages: string[];
  /** The high-level version: one line per stage with its feeling, main touchpoint and first pain point. */
  glance: { title: string; lines: string[] };
  /** The grid: a row per part of the map (touchpoints … opportunities), a cell per stage. */
  table: { caption: string; corner: string; rows: { key: JourneyRow; label: string; cells: string[] }[] };
  /** The curve as text: "Stage: word (scale)" per stage, "not set" where there is no feeling. */
  feelings: { title: string; lines: string[] };
}

const firstLine = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .find(Boolean) ?? "";

const capitalised = (value: string) => (value ? value[0]!.toLocaleUpperCase() + value.slice(1) : value);

/** "anxious (negative)", "Negative" without a word, the word alone without a scale value, "" when neither. */
export function feelingText(text: JourneyText, cell: Pick<JourneyCell, "feeling" | "feelingWord">): string {
  const word = cell.feelingWord.trim();
  if (cell.feeling === null) return word;
  const scale = text.t(`planJourney.scale.${SCALE[String(cell.feeling) as `${Feeling}`]}`);
  return word ? text.t("planJourney.feelingWithWord", { word, scale }) : capitalised(scale);
}

/** Everything the plan says about a persona's journey map. */
export function journeyWords(text: JourneyText, persona: { name: string }, journey: PlanJourney): JourneyWords {
  const stages = journey.columns.map(({ stage }) => stageName(stage.name, (code) => text.t(`plan.stages.${code}`)));
  const cells = journey.columns.map(({ cell }) => cell);
  const feelings = cells.map((cell) => feelingText(text, cell));
  const status = journey.walkedOn
    ? {
        walked: true,
        text: journey.walkedNotes.trim()
          ? text.t("planJourney.walkedNotes", { date: text.date(journey.walkedOn), notes: journey.walkedNotes.trim() })
          : text.t("planJourney.walked", { date: text.date(journey.walkedOn) }),
      }
    : { walked: false, text: text.t("planJourney.hypothesis") };
  return {
    title: text.t("planJourney.title", { persona: persona.name }),
    objective: journey.objective.trim() ? { label: text.t("planJourney.objective"), value: journey.objective.trim() } : null,
    status,
    stages,
    glance: {
      title: text.t("planJourney.glanceTitle"),
      lines: cells.map((cell, i) => {
        const pain = firstLine(cell.painPoints);
        const parts = [feelings[i]!, firstLine(cell.touchpoints), pain ? text.t("planJourney.glancePain", { pain }) : ""].filter(Boolean);
        return text.t("planJourney.stageLine", {
          stage: stages[i]!,
          summary: parts.length ? parts.join(" · ") : text.t("planJourney.glanceEmpty"),
        });
      }),
    },
    table: {
      caption: text.t("planJourney.caption", { persona: persona.name }),
      corner: text.t("planJourney.corner"),
      rows: JOURNEY_ROWS.map((key) => ({
        key,
        label: text.t(`planJourney.rows.${key}`),
        cells: key === "feeling" ? feelings : cells.map((cell) => cell[key].trim()),
      })),
    },
    feelings: {
      title: text.t("planJourney.feelingsTitle"),
      lines: feelings.map((feeling, i) =>
        text.t("planJourney.stageLine", { stage: stages[i]!, summary: feeling || text.t("planJourney.feelingUnset") }),
      ),
    },
  };
}
