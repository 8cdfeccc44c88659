import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ComponentType, ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { buttonClass } from "@/components/ui/button";
import { accountDeletionBlockers, type OwnedProject } from "@/db/queries/delete-account";
import type { SessionUser } from "@/lib/auth/session";
import { DeleteAccountDialog } from "./delete-account-dialog";

type Section = ComponentType<{ id: string; title: string; lead: string; children: ReactNode }>;

/** The account page's "Your data" and "Delete account" sections, in the page's own section frame. */
export async function MyDataSections({ user, Section }: { user: SessionUser; Section: Section }) {
  const t = await getTranslations("myData");
  const { shared, solo } = await accountDeletionBlockers({ actor: user });
  return (
    <>
      <Section id="your-data" title={t("dataTitle")} lead={t("dataLead")}>
        {/* A plain link: the browser saves the file under the name the route gives it. */}
        <a href="/account/export" download className={buttonClass("secondary")}>
          {t("download")}
        </a>
      </Section>
      <Section id="delete-account" title={t("deleteTitle")} lead={t("deleteLead")}>
        {shared.length ? (
          <SharedProjects projects={shared} />
        ) : (
          <>
            {solo.length ? (
              <ProjectList intro={t("soloIntro", { count: solo.length })} projects={solo} />
            ) : (
              <p className="text-sm text-slate-700">{t("nothingElse")}</p>
            )}
            <ClientMessages namespaces={["myData"]}>
              <DeleteAccountDialog email={user.email} />
            </ClientMessages>
          </>
        )}
      </Section>
    </>
  );
}

/** What blocks the deletion, each with the way to its members page, where ownership changes hands. */
async function SharedProjects({ projects }: { projects: OwnedProject[] }) {
  const t = await getTranslations("myData");
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-800">{t("blockedIntro", { count: projects.length })}</p>
      <ul className="space-y-2">
        {projects.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
            <span className="font-semibold text-slate-900">{p.name}</span>
            <span className="text-slate-700">{t("blockedMembers", { count: p.otherMembers })}</span>
            <Link href={`/projects/${p.id}/members`} prefetch={false} className="font-semibold text-brand-700 underline">
              {t("handOver", { name: p.name })}
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-slate-700">{t("blockedAfter")}</p>
    </div>
  );
}

function ProjectList({ intro, projects }: { intro: string; projects: OwnedProject[] }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-800">{intro}</p>
      <ul className="list-disc space-y-1 pl-5 text-slate-900">
        {projects.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </div>
  );
}
