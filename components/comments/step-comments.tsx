import { getFormatter, getTranslations } from "next-intl/server";
import { loadProject } from "@/lib/projects/load-project";
import { ClientMessages } from "@/components/client-messages";
import { CommentsPanel } from "./comments-panel";
import { loadStepThreads } from "./load-step-threads";
import type { CommentItem } from "./step-items";
import type { ThreadView } from "./thread-view";

/**
 * The comments panel under a step's form. Dates are worded here, on the server, so the
 * browser's time zone cannot make the hydrated text differ.
 */
export async function StepComments({ projectId, step, items }: { projectId: string; step: number; items: CommentItem[] }) {
  const { project } = await loadProject(projectId);
  const format = await getFormatter();
  const t = await getTranslations("comments");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  // No name: the author deleted their account, and what they wrote stays.
  const author = (name: string | null) => name ?? t("formerMember");
  const threads: ThreadView[] = (await loadStepThreads(project.id, step)).map((thread) => ({
    id: thread.id,
    authorName: author(thread.authorName),
    body: thread.body,
    date: when(thread.createdAt),
    target: thread.target,
    resolved: thread.resolvedAt ? { by: thread.resolvedByName ?? t("review.formerMember"), date: when(thread.resolvedAt) } : null,
    replies: thread.replies.map((reply) => ({
      id: reply.id,
      authorName: author(reply.authorName),
      body: reply.body,
      date: when(reply.createdAt),
    })),
  }));
  return (
    <ClientMessages namespaces={["comments"]}>
      <CommentsPanel projectId={project.id} step={step} items={items} threads={threads} />
    </ClientMessages>
  );
}
