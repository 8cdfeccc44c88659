import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { InviteForm } from "@/components/members/invite-form";
import { LeaveProject } from "@/components/members/leave-project";
import { MemberList } from "@/components/members/member-list";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { ShareLinks } from "@/components/members/share-links";
import { listInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { listShareLinks } from "@/db/queries/share-links";
import { can } from "@/lib/permissions";
import type { InvitableRole } from "@/lib/validation/members";
import { loadProject } from "@/lib/projects/load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("members");
  const format = await getFormatter();
  const manage = can(project.role, "members.manage");
  // Read-only links are the owner's call (links.manage): editors and mentors do not see them.
  const shareLinks = can(project.role, "links.manage");
  const [members, invitations, links] = await Promise.all([
    listMembers({ actor: user, projectId: project.id }),
    manage ? listInvitations({ actor: user, projectId: project.id }) : Promise.resolve([]),
    shareLinks ? listShareLinks({ actor: user, projectId: project.id }) : Promise.resolve([]),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  return (
    <article aria-labelledby="members-page-title" className="space-y-8">
      <header className="space-y-2">
        <h1 id="members-page-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      </header>
      <ClientMessages namespaces={["members", "shareLinks"]}>
        {manage ? <InviteForm projectId={project.id} /> : null}
        {manage ? (
          <PendingInvitations
            projectId={project.id}
            invitations={invitations.map((i) => ({
              id: i.id,
              email: i.email,
              role: i.role as InvitableRole,
              anyEmail: i.anyEmail,
              expired: i.expired,
              expiresOn: day(i.expiresAt),
            }))}
          />
        ) : null}
        <MemberList
          projectId={project.id}
          currentUserId={user.id}
          manage={manage}
          members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, joinedOn: day(m.joinedAt) }))}
        />
        {shareLinks ? <ShareLinks projectId={project.id} links={links} /> : null}
        {can(project.role, "members.leave") ? <LeaveProject projectId={project.id} projectName={project.name} /> : null}
      </ClientMessages>
    </article>
  );
}
