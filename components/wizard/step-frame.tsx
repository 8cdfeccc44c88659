import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { AfterHydration } from "@/components/ui/after-hydration";
import { StepCommentMarkers } from "@/components/comments/step-comment-markers";
import { StepComments } from "@/components/comments/step-comments";
import type { CommentItem } from "@/components/comments/step-items";
import { StepReview } from "@/components/reviews/step-review";
import type { StepMeta } from "@/db/queries/step-versions";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";
import { stepBySlug, type StepSlug } from "@/lib/wizard/steps";
import { StepHeader } from "./step-header";

/** A step page's title: the step's name from the registry. */
export async function stepMetadata(slug: StepSlug): Promise<Metadata> {
  return { title: (await getTranslations("wizard.steps"))(slug) };
}

/**
 * What every step page has around its form: the header from the step's own messages, the
 * mentor's review, and the comments about the step and its items. The form and anything
 * else in `children` get the step's messages (and `namespaces`) on the client.
 */
export async function StepFrame({
  slug,
  projectId,
  meta,
  commentItems,
  leadNote,
  namespaces = [],
  children,
}: {
  slug: StepSlug;
  projectId: string;
  meta: StepMeta;
  commentItems: CommentItem[];
  /** A remark set apart under the lead. */
  leadNote?: string;
  namespaces?: (keyof Messages)[];
  children: ReactNode;
}) {
  const { number } = stepBySlug(slug);
  const t = await getTranslations(slug);
  const tWizard = await getTranslations("wizard");
  const { project } = await loadProject(projectId);
  return (
    <section aria-labelledby="step-title" className="space-y-6">
      <StepHeader
        title={t("title")}
        lead={
          leadNote ? (
            <div className="space-y-3">
              <p>{t("lead")}</p>
              <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-2 text-sm text-slate-800">{leadNote}</p>
            </div>
          ) : (
            <p>{t("lead")}</p>
          )
        }
        completeHint={t("completeHint")}
        meta={meta}
      />
      <StepReview projectId={projectId} step={number} />
      <ClientMessages namespaces={[slug, "wizard", "jargon", ...namespaces]} examplesOf={project.kind}>
        <StepCommentMarkers projectId={projectId} step={number}>
          {/* The form gets its values as props; rendering it on the server too cost every step
              page 12–33% more server CPU (lib/bench/page-cpu.ts). The placeholder is a screen
              tall, so the comments below do not jump when the form arrives. */}
          <AfterHydration
            fallback={
              <p role="status" className="min-h-screen rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
                {tWizard("formLoading")}
              </p>
            }
          >
            {children}
          </AfterHydration>
        </StepCommentMarkers>
      </ClientMessages>
      {/* Only the example's visitors cannot comment, and its steps have no threads to read. */}
      {can(project.role, "comment.write") ? <StepComments projectId={projectId} step={number} items={commentItems} /> : null}
    </section>
  );
}
