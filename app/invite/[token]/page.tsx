import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { AcceptInvitation } from "@/components/members/accept-invitation";
import { SiteHeader } from "@/components/site-header";
import { buttonClass } from "@/components/ui/button";
import { previewInvitation, type InvitationPreview } from "@/db/queries/invitations";
import { withNext } from "@/lib/auth/safe-next";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep these pages out of search engines.
  return { title: (await getTranslations("members.invite"))("pageTitle"), robots: { index: false, follow: false } };
}

// Public: someone invited may not have an account yet. Only a usable token names the project.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getSessionUser();
  const preview = await previewInvitation(token, user?.email ?? null);
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-xl px-4 py-10">
        <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {preview.ok ? <Usable token={token} user={user} preview={preview} /> : <Refused preview={preview} />}
        </div>
      </main>
    </>
  );
}

async function Usable({
  token,
  user,
  preview,
}: {
  token: string;
  user: SessionUser | null;
  preview: Extract<InvitationPreview, { ok: true }>;
}) {
  const t = await getTranslations("members.invite");
  const here = `/invite/${token}`;
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title", { project: preview.projectName })}</h1>
        <p className="text-slate-700">{t("roleLine", { role: preview.role })}</p>
      </div>
      {user ? (
        <>
          <p className="text-sm text-slate-700">{t("signedInAs", { name: user.name, email: user.email })}</p>
          <ClientMessages namespaces={["members"]}>
            <AcceptInvitation token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t("signedOut")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href={withNext("/sign-in", here)} prefetch={false} className={buttonClass("primary")}>
              {t("signIn")}
            </Link>
            <Link href={withNext("/sign-up", here)} prefetch={false} className={buttonClass("secondary")}>
              {t("createAccount")}
            </Link>
          </div>
        </>
      )}
    </>
  );
}

async function Refused({ preview }: { preview: Extract<InvitationPreview, { ok: false }> }) {
  const t = await getTranslations("members.invite");
  const { reason } = preview;
  return (
    <>
      <h1 className="text-2xl font-bold">{t(`refused.${reason}.title`)}</h1>
      <p className="text-slate-700">{t(`refused.${reason}.body`, { email: preview.maskedEmail ?? "" })}</p>
      {reason === "expired" || reason === "used" || reason === "revoked" ? <p className="text-slate-700">{t("askOwner")}</p> : null}
      <Link href="/projects" prefetch={false} className="font-semibold text-brand-700 underline">
        {t("toProjects")}
      </Link>
    </>
  );
}
