import { Fragment } from "react";
import type { CommentThread } from "@/db/queries/comments";
import { authorName, type ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { GroupTitle, Section, SubTitle } from "./blocks";
import { accentOf } from "./branding";
import { stepName } from "./labels";
import { sectionTitle } from "./parts";
import { styles } from "./styles";
import { type Cell, Table } from "./table";
import { Text } from "./text";

/** What a thread is about: its item (named as it is now), a removed item, or the whole step. */
function about(thread: CommentThread, text: ExportText): Cell {
  if (!thread.target) return { text: text.t("export.appendix.wholeStep"), tone: "muted" };
  const kind = text.t(`comments.kinds.${thread.target.kind}`);
  return [{ text: kind, tone: "muted" }, { text: thread.target.label ?? text.t("comments.removedItem") }];
}

/** Printed only when the reader asks for it: each step's review and the threads still open. */
export function Appendix({ data, text }: { data: PlanExport; text: ExportText }) {
  const open = data.openComments ?? [];
  return (
    <Section title={sectionTitle(text, "appendix")} accent={accentOf(data)}>
      <SubTitle>{text.t("export.appendix.reviews")}</SubTitle>
      <Table
        columns={[
          { label: text.t("export.appendix.step"), width: 30 },
          { label: text.t("export.appendix.status"), width: 20 },
          { label: text.t("export.appendix.note"), width: 32 },
          { label: text.t("export.appendix.reviewer"), width: 18 },
        ]}
        groups={[
          {
            key: "reviews",
            rows: data.reviews.map(({ step: { number }, review }): Cell[] => [
              `${number}. ${stepName(text, number)}`,
              review
                ? { text: text.t(`export.appendix.statuses.${review.status}`), tone: "strong" }
                : { text: text.t("export.appendix.statuses.none"), tone: "muted" },
              review?.note ?? "",
              review
                ? [
                    { text: review.reviewerName ?? text.t("comments.review.formerMentor") },
                    { text: text.date(review.updatedAt), tone: "muted" },
                  ]
                : "",
            ]),
          },
        ]}
      />

      <SubTitle>{text.t("export.appendix.comments")}</SubTitle>
      {open.length === 0 ? <Text style={styles.mutedText}>{text.t("export.appendix.noComments")}</Text> : null}
      {open.map(({ step, threads }) => (
        <Fragment key={step}>
          <GroupTitle>{`${text.t("export.appendix.step")} ${step}. ${stepName(text, step)}`}</GroupTitle>
          <Table
            columns={[
              { label: text.t("export.appendix.about"), width: 22 },
              { label: text.t("export.appendix.author"), width: 18 },
              { label: text.t("export.appendix.date"), width: 16 },
              { label: text.t("comments.body"), width: 44 },
            ]}
            groups={[
              {
                key: String(step),
                rows: threads.map((thread): Cell[] => [
                  about(thread, text),
                  authorName(text, thread.authorName),
                  text.date(thread.createdAt),
                  [
                    { text: thread.body },
                    ...thread.replies.map((reply) => ({
                      text: `— ${text.t("comments.byline", { name: authorName(text, reply.authorName), date: text.date(reply.createdAt) })}: ${reply.body}`,
                      tone: "muted" as const,
                    })),
                  ],
                ]),
              },
            ]}
          />
        </Fragment>
      ))}
    </Section>
  );
}
