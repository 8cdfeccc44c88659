import { getFormatter, getTranslations } from "next-intl/server";
import type { ShareLinkView } from "@/db/queries/share-links";
import { CreateShareLink } from "./create-share-link";
import { ShareLinkList } from "./share-link-list";

/** The owner's read-only links on the members page: a new one, and those made so far. */
export async function ShareLinks({ projectId, links }: { projectId: string; links: ShareLinkView[] }) {
  const t = await getTranslations("shareLinks");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  return (
    <section aria-labelledby="share-links-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="space-y-1">
        <h2 id="share-links-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("lead")}</p>
      </div>
      <CreateShareLink projectId={projectId} />
      <ShareLinkList
        projectId={projectId}
        links={links.map((link) => ({
          id: link.id,
          label: link.label,
          status: link.status,
          createdOn: day(link.createdAt),
          expiresOn: day(link.expiresAt),
          lastOpened: link.lastOpenedAt && format.dateTime(link.lastOpenedAt, { dateStyle: "medium", timeStyle: "short" }),
        }))}
      />
    </section>
  );
}
