import type { PersonaLink } from "@/db/queries/plan-overview-fit";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "./export-text";

// A persona's value proposition in the words every download prints (PDF, DOCX, Markdown), as
// plain strings: each writer only lays them out and escapes them. The plan page says the same
// through components/fit/fit-canvas.tsx and components/plan/persona-value.tsx.

export interface FitWords {
  title: string;
  /** The share answered, or what to do first when nothing counts yet. */
  share: string;
  /** Essential and important pains and gains nobody answers, essential first; empty when none. */
  unanswered: { title: string; lines: string[] };
  /** Said instead of the unanswered list when every counted item is answered; null otherwise. */
  allAnswered: string | null;
  /** Item | importance | answered by, jobs then pains then gains; null when the profile is empty. */
  table: { caption: string; header: string[]; rows: string[][] } | null;
  /** Value-map entries that answer nothing yet; null when there are none. */
  unlinked: string | null;
  /** The needs no entry meets; `allMet` when every need is met, both empty when there are none. */
  unmetNeeds: { title: string; lines: string[]; allMet: string | null };
  motivations: { title: string; lines: { motivation: string; rivals: string }[] };
  /** "Intermediary for …" and "You sell to them through …", as they apply. */
  intermediary: string[];
  pains: { title: string; lines: { pain: string; importance: string; answers: string[] }[] };
}

function linkName(text: ExportText, link: PersonaLink): string {
  return link.otherOffering ? text.t("planFit.personaInOffering", { persona: link.name, offering: link.otherOffering }) : link.name;
}

const list = (items: readonly string[]) => items.join(", ");

/** Everything the downloads print about a persona's value proposition with `offering`. */
export function fitWords(text: ExportText, persona: PersonaOverview, offering: string): FitWords {
  const { fit, valueMap, motivations, intermediaryFor, soldThrough, painAnswers } = persona.valueProposition;
  const names = { persona: persona.name, offering };
  const importance = (level: "essential" | "important" | "nice") => text.t(`fit.importance.${level}`);
  const itemKind = (kind: "jobs" | "pains" | "gains") => text.t(`fit.lists.${kind}`);
  const share =
    fit.share !== null
      ? text.t("fit.share", { ...names, answered: fit.answered, counted: fit.counted, share: fit.share })
      : text.t(fit.items.some((item) => item.list !== "jobs") ? "fit.shareOnlyNice" : "fit.shareEmpty", names);
  const unlinked = valueMap.filter((entry) => entry.answers.length === 0);
  return {
    title: text.t("fit.title", names),
    share,
    unanswered: {
      title: text.t("fit.unansweredTitle"),
      lines: fit.unanswered.map((item) =>
        text.t("planFit.unansweredItem", { importance: importance(item.importance), list: itemKind(item.list), item: item.item }),
      ),
    },
    allAnswered: fit.share !== null && !fit.unanswered.length ? text.t("fit.allAnswered", names) : null,
    table: fit.items.length
      ? {
          caption: text.t("fit.caption", names),
          header: [
            text.t("planFit.tableKind"),
            text.t("planFit.tableItem"),
            text.t("planFit.tableImportance"),
            text.t("planFit.tableAnsweredBy"),
          ],
          rows: fit.items.map((item) => [
            itemKind(item.list),
            item.item,
            importance(item.importance),
            item.answeredBy.length ? item.answeredBy.map((entry) => entry.text).join("\n") : text.t("fit.noAnswer"),
          ]),
        }
      : null,
    unlinked: unlinked.length ? text.t("fit.unlinked", { entries: list(unlinked.map((entry) => entry.text)) }) : null,
    unmetNeeds: {
      title: text.t("planFit.unmetNeedsTitle"),
      lines: fit.unmetNeeds,
      allMet: fit.needs.length && !fit.unmetNeeds.length ? text.t("planFit.allNeedsMet") : null,
    },
    motivations: {
      title: text.t("planFit.motivationsTitle"),
      lines: motivations.map(({ motivation, competitors }) => ({
        motivation,
        rivals: competitors.length
          ? text.t("planFit.motivationRivals", { competitors: list(competitors) })
          : text.t("planFit.motivationFree"),
      })),
    },
    intermediary: [
      ...(intermediaryFor ? [text.t("planFit.intermediaryFor", { persona: linkName(text, intermediaryFor) })] : []),
      ...(soldThrough.length ? [text.t("planFit.soldThrough", { intermediaries: list(soldThrough.map((l) => linkName(text, l))) })] : []),
    ],
    pains: {
      title: text.t("planFit.painsTitle"),
      lines: painAnswers.map((answer) => {
        const answers = [
          ...(answer.entries.length ? [text.t("planFit.painEntries", { entries: list(answer.entries.map((e) => e.text)) })] : []),
          ...(answer.ideas.length ? [text.t("planFit.painIdeas", { ideas: list(answer.ideas.map((i) => i.topic)) })] : []),
          ...(answer.campaigns.length
            ? [
                text.t("planFit.painCampaigns", {
                  campaigns: list(
                    answer.campaigns.map((c) => text.t("planFit.campaign", { kind: text.t(`plan.kinds.${c.kind}`), channel: c.channel })),
                  ),
                }),
              ]
            : []),
        ];
        return {
          pain: answer.pain,
          importance: importance(answer.importance),
          answers: answers.length ? answers : [text.t("planFit.painNothing")],
        };
      }),
    },
  };
}
