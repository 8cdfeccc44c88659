"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { threadsAnchor } from "./comment-markers";
import { CommentThread } from "./comment-thread";
import { NewCommentForm } from "./new-comment-form";
import type { CommentItem } from "./step-items";
import { TargetName } from "./target-name";
import type { ThreadView } from "./thread-view";
import { useMarkSeen } from "./use-mark-seen";

interface Group {
  key: string;
  target: ThreadView["target"];
  threads: ThreadView[];
}

function groupByTarget(threads: ThreadView[]): Group[] {
  const groups = new Map<string, Group>();
  for (const thread of threads) {
    const key = thread.target ? `${thread.target.kind}:${thread.target.id}` : "";
    const group = groups.get(key) ?? { key, target: thread.target, threads: [] };
    group.threads.push(thread);
    groups.set(key, group);
  }
  // Comments on the whole step first, then items in the order they were first discussed.
  return [...groups.values()].sort((a, b) => (a.key === "" ? -1 : b.key === "" ? 1 : 0));
}

export function CommentsPanel({
  projectId,
  step,
  items,
  threads,
}: {
  projectId: string;
  step: number;
  items: CommentItem[];
  threads: ThreadView[];
}) {
  const t = useTranslations("comments");
  const panel = useRef<HTMLElement>(null);
  useMarkSeen(projectId, panel, threads.length > 0);
  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);
  return (
    <section
      ref={panel}
      id="comments"
      aria-labelledby="comments-title"
      className="scroll-mt-4 space-y-5 rounded-lg border border-slate-200 bg-slate-50 p-5 print:hidden"
    >
      <div className="space-y-1">
        <h2 id="comments-title" className="text-lg font-semibold">
          {t("title")} <span className="text-sm font-normal text-slate-600">({t("openThreads", { count: open.length })})</span>
        </h2>
        <p className="text-sm text-slate-700">{t("lead")}</p>
      </div>
      {open.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        groupByTarget(open).map((group) => (
          <div
            key={group.key}
            id={group.target ? threadsAnchor(group.target.kind, group.target.id) : undefined}
            className="scroll-mt-4 space-y-3"
          >
            <h3 className="text-base font-semibold">
              <TargetName target={group.target} />
            </h3>
            <ul className="space-y-3">
              {group.threads.map((thread) => (
                <li key={thread.id}>
                  <CommentThread projectId={projectId} thread={thread} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {resolved.length ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-semibold">{t("resolvedTitle", { count: resolved.length })}</summary>
          <ul className="mt-3 space-y-3">
            {resolved.map((thread) => (
              <li key={thread.id}>
                <CommentThread projectId={projectId} thread={thread} showTarget />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <NewCommentForm projectId={projectId} step={step} items={items} />
    </section>
  );
}
