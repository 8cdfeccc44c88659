import type { SocialPlanRow } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { networkNames } from "@/lib/export/plan-wording";
import { MissingStep, SectionHeading, type SectionProps } from "./blocks";
import { tableDate } from "./labels";
import { type Cell, type Part, Table } from "./table";

// Step 5's content plan and social-network matrix, both read persona by persona.

/** Each persona's ideas as the plan orders them: by journey stage, then planned date. */
export function ContentPlan({ data: { plan }, text, at }: SectionProps) {
  const notScheduled: Part = { text: text.t("plan.content.noDate"), tone: "muted" };
  return (
    <>
      <SectionHeading at={at}>{text.t("export.sections.content")}</SectionHeading>
      {plan.content.length ? (
        <Table
          columns={[
            { label: text.t("plan.content.stage"), width: 15 },
            { label: text.t("plan.content.topic"), width: 30 },
            { label: text.t("plan.content.format"), width: 14 },
            { label: text.t("plan.content.addresses"), width: 25 },
            { label: text.t("plan.content.date"), width: 16 },
          ]}
          groups={plan.content.map(({ persona, ideas }) => ({
            key: persona.id,
            title: text.t("plan.content.caption", { persona: persona.name, offering: persona.offeringName }),
            rows: ideas.map((idea): Cell[] => [
              idea.stage,
              { text: idea.topic, tone: "strong" },
              idea.format,
              idea.addresses,
              idea.plannedOn ? tableDate(text, idea.plannedOn) : notScheduled,
            ]),
          }))}
        />
      ) : (
        <MissingStep text={text} step={at.step.number} />
      )}
    </>
  );
}

// More networks than this side by side would squeeze each cell to a word a line, so wider
// matrices continue in a second table with the persona column repeated.
const NETWORKS_PER_TABLE = 4;

function socialCell(plans: SocialPlanRow[], text: ExportText): Cell {
  if (!plans.length) return { text: text.t("plan.social.none"), tone: "muted" };
  return plans.flatMap((p): Part[] => [
    ...(p.purpose ? [{ text: p.purpose, tone: "strong" as const }] : []),
    ...(p.frequency ? [{ text: `${text.t("plan.social.frequency")}: ${p.frequency}` }] : []),
    ...(p.tone ? [{ text: `${text.t("plan.social.tone")}: ${p.tone}`, tone: "muted" as const }] : []),
  ]);
}

export function SocialMatrix({ data: { plan }, text, at }: SectionProps) {
  const { networks, rows } = plan.social;
  const chunks: number[][] = [];
  for (let i = 0; i < networks.length; i += NETWORKS_PER_TABLE) {
    chunks.push(networks.slice(i, i + NETWORKS_PER_TABLE).map((_, j) => i + j));
  }
  return (
    <>
      <SectionHeading at={at}>{text.t("export.sections.social")}</SectionHeading>
      {rows.length ? (
        chunks.map((indexes) => {
          const width = 76 / indexes.length;
          return (
            <Table
              key={indexes[0]}
              columns={[
                { label: text.t("plan.social.persona"), width: 24 },
                ...indexes.map((n) => ({ label: networkNames(text, [networks[n]!])[0]!, width })),
              ]}
              groups={[
                {
                  key: "social",
                  rows: rows.map(({ persona, cells }) => [
                    [
                      { text: persona.name, tone: "strong" },
                      { text: persona.offeringName, tone: "muted" },
                    ],
                    ...indexes.map((n) => socialCell(cells[n] ?? [], text)),
                  ]),
                },
              ]}
            />
          );
        })
      ) : (
        <MissingStep text={text} step={at.step.number} />
      )}
    </>
  );
}
