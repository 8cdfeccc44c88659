import { Paragraph } from "docx";
import type { CommentThread } from "@/db/queries/comments";
import type { PlanExport } from "@/lib/export/plan-export";
import { authorName, type ExportText } from "@/lib/export/export-text";
import { heading, paragraph, stepName, type Block } from "./blocks";
import { BULLETS, STYLE } from "./document-styles";
import { table } from "./tables";
import { labelled, textRuns } from "./user-text";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

/** Who wrote a comment and when, worded per language ("Marta Gil, 30 November 2026"). */
function byline(text: ExportText, name: string | null, createdAt: Date): string {
  return text.t("exportDocx.byline", { author: authorName(text, name), date: text.date(createdAt) });
}

/** A thread: what it is about, who opened it and when, what they said, then its replies. */
function threadBlocks(thread: CommentThread, text: ExportText): Block[] {
  const a = (key: MessageKeyIn<"export.appendix">, values?: Record<string, string | number>) => text.t(`export.appendix.${key}`, values);
  const about = !thread.target ? a("wholeStep") : (thread.target.label ?? text.t("exportDocx.removedItem"));
  // keepNext holds the lines about a comment on the page of the comment itself.
  return [
    new Paragraph({ keepNext: true, children: labelled(a("about"), about) }),
    new Paragraph({ keepNext: true, children: textRuns(byline(text, thread.authorName, thread.createdAt), { italics: true }) }),
    paragraph(thread.body),
    ...(thread.replies.length ? [paragraph(a("replies", { count: thread.replies.length }), STYLE.label)] : []),
    ...thread.replies.map(
      (reply) =>
        new Paragraph({
          numbering: { reference: BULLETS, level: 0 },
          children: labelled(byline(text, reply.authorName, reply.createdAt), reply.body),
        }),
    ),
  ];
}

/** Only when the reader asked for it: each step's review, and the threads still open. */
export function appendixBlocks(data: PlanExport, text: ExportText): Block[] {
  if (data.openComments === null) return [];
  const a = (key: MessageKeyIn<"export.appendix">) => text.t(`export.appendix.${key}`);
  const blocks: Block[] = [
    heading(1, text.t("export.sections.appendix"), { pageBreakBefore: true }),
    heading(2, a("reviews")),
    table({
      header: [a("step"), a("status"), a("note"), a("reviewer")],
      widths: [26, 18, 38, 18],
      rows: data.reviews.map(({ step, review }) => [
        text.t("exportDocx.stepTitle", { number: step.number, step: stepName(text, step) }),
        a(`statuses.${review?.status ?? "none"}`),
        review?.note ?? "",
        review ? (review.reviewerName ?? text.t("comments.review.formerMentor")) : "",
      ]),
    }),
    heading(2, a("comments")),
  ];
  if (!data.openComments.length) return [...blocks, paragraph(a("noComments"))];
  for (const { step, threads } of data.openComments) {
    blocks.push(heading(3, text.t("exportDocx.stepTitle", { number: step, step: stepName(text, step) })));
    for (const thread of threads) blocks.push(...threadBlocks(thread, text));
  }
  return blocks;
}
