"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { reopenThreadAction, replyToCommentAction, resolveThreadAction } from "@/lib/actions/comments";
import { MAX_COMMENT_LENGTH, replySchema, type ReplyInput } from "@/lib/validation/comments";
import { TargetName } from "./target-name";
import type { CommentLine, ThreadView } from "./thread-view";
import { useCommentForm } from "./use-comment-form";

function Line({ comment }: { comment: CommentLine }) {
  const t = useTranslations("comments");
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold text-slate-700">{t("byline", { name: comment.authorName, date: comment.date })}</p>
      <p className="whitespace-pre-line text-sm text-slate-900">{comment.body}</p>
    </div>
  );
}

function ReplyForm({ projectId, parentId, onDone }: { projectId: string; parentId: string; onDone: () => void }) {
  const t = useTranslations("comments");
  const tCommon = useTranslations("common");
  const { form, onSubmit, formError } = useCommentForm<ReplyInput>({
    schema: replySchema,
    defaultValues: { parentId, body: "" },
    send: (values) => replyToCommentAction(projectId, values),
    onSent: onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <Field id={`reply-${parentId}`} label={t("replyLabel")} error={form.formState.errors.body?.message}>
        {(control) => (
          <textarea {...control} {...form.register("body")} rows={2} maxLength={MAX_COMMENT_LENGTH} autoFocus className={inputClass} />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("sending") : t("sendReply")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {tCommon("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** One thread: its first comment, the replies, and reply / resolve / reopen. */
export function CommentThread({ projectId, thread, showTarget = false }: { projectId: string; thread: ThreadView; showTarget?: boolean }) {
  const t = useTranslations("comments");
  const errorMessage = useErrorMessage();
  const [replying, setReplying] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const toggleResolved = () =>
    startTransition(async () => {
      setError(undefined);
      const action = thread.resolved ? reopenThreadAction : resolveThreadAction;
      const result = await action(projectId, { commentId: thread.id });
      if (!result.ok) setError(errorMessage(result.formError));
    });
  return (
    <article
      aria-label={t("threadLabel", { name: thread.authorName })}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {showTarget ? (
        <p className="text-sm font-semibold">
          <TargetName target={thread.target} />
        </p>
      ) : null}
      <Line comment={thread} />
      {thread.replies.length ? (
        <ul className="space-y-3 border-l-2 border-slate-200 pl-4">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <Line comment={reply} />
            </li>
          ))}
        </ul>
      ) : null}
      {thread.resolved ? (
        <p className="text-xs text-slate-600">{t("resolvedBy", { name: thread.resolved.by, date: thread.resolved.date })}</p>
      ) : null}
      <FormAlert message={error} />
      {replying ? (
        <ReplyForm projectId={projectId} parentId={thread.id} onDone={() => setReplying(false)} />
      ) : (
        <div className="flex gap-2">
          {thread.resolved ? null : (
            <Button variant="secondary" onClick={() => setReplying(true)}>
              {t("reply")}
            </Button>
          )}
          <Button variant="secondary" disabled={pending} onClick={toggleResolved}>
            {thread.resolved ? t("reopen") : t("resolve")}
          </Button>
        </div>
      )}
    </article>
  );
}
