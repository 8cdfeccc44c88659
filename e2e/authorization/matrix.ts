/**
 * Who may do what, stated once for every page, route handler and server action. The spec
 * e2e/authorization-matrix.spec.ts fails when a page, route or exported action exists
 * without a row here, or a row names something that no longer exists, so the matrix
 * cannot fall behind the code. The cells follow lib/permissions.ts and the data-access
 * layer (db/queries/access.ts): strangers get the same answer as a missing project.
 */

export const ROLES = ["anonymous", "stranger", "mentor", "editor", "owner"] as const;
export type Role = (typeof ROLES)[number];

/**
 * `ok`: a page answers 200, an action returns `{ ok: true }` (or nothing). `not_found`: the
 * 404 page, or `formError: "not_found"`. `forbidden` and `unauthenticated`: that formError.
 * `redirect:<path>`: a 30x to that path (a page) or Next's action redirect; `*` matches any
 * rest of the path and `{projectId}` stands for the project under test. `refused:<code>`: any
 * other refusal the action names (its formError, or an invitation's reason).
 */
export type Outcome = "ok" | "not_found" | "forbidden" | "unauthenticated" | `redirect:${string}` | `refused:${string}`;
export type Cells = Readonly<Record<Role, Outcome>>;

export interface PageRow {
  kind: "page";
  /** The page.tsx file, relative to the repository root. */
  file: string;
  /** The address requested, with {projectId} (and {versionId}: the version the world saved). */
  path: string;
  expect: Cells;
}

export interface RouteRow {
  kind: "route";
  /** The route.ts file, relative to the repository root. */
  file: string;
  method: "GET";
  /** One address the handler answers, with {projectId} (and {versionId}, as for pages). */
  path: string;
  expect: Cells;
}

export interface ActionRow {
  kind: "action";
  /** The "use server" module, relative to the repository root. */
  module: string;
  /** The exported async function. */
  name: string;
  expect: Cells;
}

export type MatrixRow = PageRow | RouteRow | ActionRow;

// The shapes that repeat; a row that differs spells its cells out.
const GUEST_PAGE: Cells = {
  anonymous: "ok",
  stranger: "redirect:/projects",
  mentor: "redirect:/projects",
  editor: "redirect:/projects",
  owner: "redirect:/projects",
};
const SIGNED_IN_PAGE: Cells = { anonymous: "redirect:/sign-in", stranger: "ok", mentor: "ok", editor: "ok", owner: "ok" };
const MEMBER_PAGE: Cells = { anonymous: "redirect:/sign-in", stranger: "not_found", mentor: "ok", editor: "ok", owner: "ok" };
const ANYONE: Cells = { anonymous: "ok", stranger: "ok", mentor: "ok", editor: "ok", owner: "ok" };
const NOBODY_PAGE: Cells = { anonymous: "not_found", stranger: "not_found", mentor: "not_found", editor: "not_found", owner: "not_found" };
/** comment.write, comment.resolve, and project.read for marking comments seen: every member. */
const MEMBER_ACTION: Cells = { anonymous: "unauthenticated", stranger: "not_found", mentor: "ok", editor: "ok", owner: "ok" };
const SIGNED_IN_ACTION: Cells = { anonymous: "unauthenticated", stranger: "ok", mentor: "ok", editor: "ok", owner: "ok" };
/** step.edit: owner and editor; a mentor reads and reviews but does not edit. */
const STEP_EDIT: Cells = { anonymous: "unauthenticated", stranger: "not_found", mentor: "forbidden", editor: "ok", owner: "ok" };
/** customers.rows: importing and reading customers' lines, personal data that only those who run the business see. */
const CUSTOMER_ROWS: Cells = STEP_EDIT;
/** project.update, project.delete, members.manage, customers.delete: the owner's alone. */
const OWNER_ONLY: Cells = { anonymous: "unauthenticated", stranger: "not_found", mentor: "forbidden", editor: "forbidden", owner: "ok" };

/** An action on the caller's own account: anyone signed in, who is then sent to `path`. */
const ownAccount = (path: string): Cells => ({
  anonymous: "unauthenticated",
  stranger: `redirect:${path}`,
  mentor: `redirect:${path}`,
  editor: `redirect:${path}`,
  owner: `redirect:${path}`,
});

/** The same answer for every caller. */
const everyone = (outcome: Outcome): Cells => ({ anonymous: outcome, stranger: outcome, mentor: outcome, editor: outcome, owner: outcome });

const projectPage = (step: string): PageRow => ({
  kind: "page",
  file: `app/(app)/projects/[projectId]/${step}/page.tsx`,
  path: `/projects/{projectId}/${step}`,
  expect: MEMBER_PAGE,
});

const action = (module: string, name: string, expect: Cells): ActionRow => ({
  kind: "action",
  module: `lib/actions/${module}.ts`,
  name,
  expect,
});

export const MATRIX: readonly MatrixRow[] = [
  // Pages.
  { kind: "page", file: "app/page.tsx", path: "/", expect: GUEST_PAGE },
  { kind: "page", file: "app/(auth)/sign-in/page.tsx", path: "/sign-in", expect: GUEST_PAGE },
  { kind: "page", file: "app/(auth)/sign-up/page.tsx", path: "/sign-up", expect: GUEST_PAGE },
  // A forgotten password is for the signed out; a signed-in person changes it on the account page.
  { kind: "page", file: "app/(auth)/forgot-password/page.tsx", path: "/forgot-password", expect: GUEST_PAGE },
  { kind: "page", file: "app/(auth)/reset-password/[token]/page.tsx", path: "/reset-password/matrix-no-such-token", expect: GUEST_PAGE },
  // Public like an invitation: the new address may be opened where nobody is signed in.
  { kind: "page", file: "app/confirm-email/[token]/page.tsx", path: "/confirm-email/matrix-no-such-token", expect: ANYONE },
  { kind: "page", file: "app/(app)/projects/page.tsx", path: "/projects", expect: SIGNED_IN_PAGE },
  { kind: "page", file: "app/(app)/account/page.tsx", path: "/account", expect: SIGNED_IN_PAGE },
  { kind: "page", file: "app/(app)/notifications/page.tsx", path: "/notifications", expect: SIGNED_IN_PAGE },
  {
    kind: "page",
    file: "app/(app)/projects/[projectId]/page.tsx",
    path: "/projects/{projectId}",
    // A member resumes at the first unfinished step (or the plan).
    expect: {
      anonymous: "redirect:/sign-in",
      stranger: "not_found",
      mentor: "redirect:/projects/{projectId}/*",
      editor: "redirect:/projects/{projectId}/*",
      owner: "redirect:/projects/{projectId}/*",
    },
  },
  projectPage("offerings"),
  projectPage("competitors"),
  projectPage("demographics"),
  projectPage("personas"),
  projectPage("integration"),
  projectPage("plan"),
  projectPage("members"),
  projectPage("customers"),
  projectPage("coach"),
  // Saved versions: every member reads them; {versionId} is the version the world saved.
  projectPage("versions"),
  projectPage("versions/compare"),
  {
    kind: "page",
    file: "app/(app)/projects/[projectId]/versions/[versionId]/page.tsx",
    path: "/projects/{projectId}/versions/{versionId}",
    expect: MEMBER_PAGE,
  },
  // Public: whoever opens a link is told whether it is usable before signing in.
  { kind: "page", file: "app/invite/[token]/page.tsx", path: "/invite/matrix-no-such-token", expect: ANYONE },
  // A live read-only link opens the plan for whoever holds it, account or not ({shareToken}: one
  // the owner made); any other token, like an expired or revoked one, is the same 404 for all.
  { kind: "page", file: "app/share/[token]/page.tsx", path: "/share/{shareToken}", expect: ANYONE },
  { kind: "page", file: "app/share/[token]/page.tsx", path: "/share/matrix-no-such-token", expect: NOBODY_PAGE },

  // Route handlers. Auth.js answers everyone; the session it reports is the cookie's own.
  { kind: "route", file: "app/api/auth/[...nextauth]/route.ts", method: "GET", path: "/api/auth/session", expect: ANYONE },
  // The health check (and the baseline of `npm run bench`) answers everyone and reads nothing.
  { kind: "route", file: "app/api/health/route.ts", method: "GET", path: "/api/health", expect: ANYONE },
  // The readiness check answers everyone too: whether the database answers, and nothing else.
  { kind: "route", file: "app/api/ready/route.ts", method: "GET", path: "/api/ready", expect: ANYONE },
  // "My data": no id in the address, so whoever is signed in downloads their own account's file.
  { kind: "route", file: "app/(app)/account/export/route.ts", method: "GET", path: "/account/export", expect: SIGNED_IN_PAGE },
  // Plan downloads: every member, in every format; the data-access layer answers strangers 404.
  ...(["pdf", "docx", "md", "content-csv", "campaigns-csv"] as const).map((format): RouteRow => ({
    kind: "route",
    file: "app/(app)/projects/[projectId]/plan/download/route.ts",
    method: "GET",
    path: `/projects/{projectId}/plan/download?format=${format}&comments=1`,
    expect: MEMBER_PAGE,
  })),
  // A saved version downloads through the same route, for every member.
  {
    kind: "route",
    file: "app/(app)/projects/[projectId]/plan/download/route.ts",
    method: "GET",
    path: "/projects/{projectId}/plan/download?format=md&version={versionId}",
    expect: MEMBER_PAGE,
  },

  // Server actions. Signing in, up and out are open to all: they act on the caller's own session.
  action("sign-in", "signInAction", {
    anonymous: "redirect:/projects",
    stranger: "redirect:/projects",
    mentor: "redirect:/projects",
    editor: "redirect:/projects",
    owner: "redirect:/projects",
  }),
  action("sign-up", "signUpAction", {
    anonymous: "redirect:/projects",
    stranger: "redirect:/projects",
    mentor: "redirect:/projects",
    editor: "redirect:/projects",
    owner: "redirect:/projects",
  }),
  action("sign-out", "signOutAction", {
    anonymous: "redirect:/sign-in",
    stranger: "redirect:/sign-in",
    mentor: "redirect:/sign-in",
    editor: "redirect:/sign-in",
    owner: "redirect:/sign-in",
  }),
  // Ending every session and changing the password act on the caller's own account.
  action("sign-out", "signOutEverywhereAction", ownAccount("/sign-in")),
  action("change-password", "changePasswordAction", ownAccount("/account")),
  // Open to all, and alike for every caller: the matrix's server has no SMTP_URL, so asking for
  // a reset link is refused as mail not configured, and made-up links are refused as unknown.
  action("password-reset", "requestPasswordResetAction", everyone("refused:mail_not_configured")),
  action("password-reset", "resetPasswordAction", everyone("refused:unknown")),
  // Asking to change one's own address needs a session; confirming needs only the link.
  action("email-change", "requestEmailChangeAction", { ...everyone("refused:mail_not_configured"), anonymous: "unauthenticated" }),
  action("email-change", "confirmEmailChangeAction", everyone("refused:unknown")),
  action("set-locale", "setLocaleAction", ANYONE),
  action("create-project", "createProjectAction", SIGNED_IN_ACTION),
  action("update-project", "updateProjectAction", OWNER_ONLY),
  // The kind of business only steers the wizard's help: whoever edits the steps may change it.
  action("update-project-kind", "updateProjectKindAction", STEP_EDIT),
  // Whoever may read a project may copy it into their own account; strangers learn nothing.
  action("duplicate-project", "duplicateProjectAction", MEMBER_ACTION),
  action("save-offerings-step", "saveOfferingsStepAction", STEP_EDIT),
  action("save-competitors-step", "saveCompetitorsStepAction", STEP_EDIT),
  // Adding a channel from step 4 or 5 changes step 2's list: the same right as saving it.
  action("add-project-channel", "addProjectChannelAction", STEP_EDIT),
  action("save-demographics-step", "saveDemographicsStepAction", STEP_EDIT),
  action("save-personas-step", "savePersonasStepAction", STEP_EDIT),
  action("save-integration-step", "saveIntegrationStepAction", STEP_EDIT),
  // An opportunity of step 4's journey map becomes a content idea: a save of step 5.
  action("add-content-idea-from-opportunity", "addContentIdeaFromOpportunityAction", STEP_EDIT),
  // The PDF's logo and colour: whoever edits the answers, never a mentor.
  action("save-plan-branding", "savePlanBrandingAction", STEP_EDIT),

  // Invitations and members: managing them is the owner's alone.
  action("invitations", "createInvitationAction", OWNER_ONLY),
  action("invitations", "resendInvitationAction", OWNER_ONLY),
  action("invitations", "revokeInvitationAction", OWNER_ONLY),
  // A live link addressed to someone else does not let a stranger in; a member keeps their role.
  action("invitations", "acceptInvitationAction", {
    anonymous: "unauthenticated",
    stranger: "refused:wrong_email",
    mentor: "redirect:/projects/{projectId}",
    editor: "redirect:/projects/{projectId}",
    owner: "redirect:/projects/{projectId}",
  }),
  // Read-only links show the plan outside the team: the owner's call (links.manage).
  action("share-links", "createShareLinkAction", OWNER_ONLY),
  action("share-links", "revokeShareLinkAction", OWNER_ONLY),
  action("members", "transferOwnershipAction", OWNER_ONLY),
  action("members", "changeMemberRoleAction", OWNER_ONLY),
  action("members", "removeMemberAction", OWNER_ONLY),
  // Editors and mentors may leave; the owner must hand the project over first.
  action("members", "leaveProjectAction", {
    anonymous: "unauthenticated",
    stranger: "not_found",
    mentor: "redirect:/projects",
    editor: "redirect:/projects",
    owner: "refused:owner_cannot_leave",
  }),

  // Comments are every member's; reviews the mentor's alone.
  action("comments", "addCommentAction", MEMBER_ACTION),
  action("comments", "replyToCommentAction", MEMBER_ACTION),
  action("comments", "resolveThreadAction", MEMBER_ACTION),
  action("comments", "reopenThreadAction", MEMBER_ACTION),
  action("comments", "markCommentsSeenAction", MEMBER_ACTION),
  action("step-reviews", "setStepReviewAction", {
    anonymous: "unauthenticated",
    stranger: "not_found",
    mentor: "ok",
    editor: "forbidden",
    owner: "forbidden",
  }),
  // "Done, please look again" answers the mentor's request for changes: those who edit say it.
  action("step-reviews", "markStepReadyAction", STEP_EDIT),
  // Versions: those who edit save them; the mentor alone reviews them, as with steps.
  action("plan-versions", "saveVersionAction", STEP_EDIT),
  action("plan-versions", "reviewVersionAction", {
    anonymous: "unauthenticated",
    stranger: "not_found",
    mentor: "ok",
    editor: "forbidden",
    owner: "forbidden",
  }),
  // Notifications and the reviewing welcome are the caller's own: a member marks their own as read.
  action("notifications", "markStepNotificationsReadAction", MEMBER_ACTION),
  action("notifications", "markAllNotificationsReadAction", SIGNED_IN_ACTION),
  action("notifications", "dismissReviewGuideAction", SIGNED_IN_ACTION),

  // Customer data: owners and editors import it in steps; a mentor sees only aggregates, on the
  // page. Rating a segment's potential is an answer like a step's; wiping it all is the owner's.
  action("customer-import", "startCustomerImportAction", CUSTOMER_ROWS),
  action("customer-import", "appendCustomerLinesAction", CUSTOMER_ROWS),
  action("customer-import", "finishCustomerImportAction", CUSTOMER_ROWS),
  action("customer-import", "cancelCustomerImportAction", CUSTOMER_ROWS),
  action("customer-data", "saveSegmentValueAction", STEP_EDIT),
  // A persona drafted from a group is a new version of step 4: those who edit the steps.
  action("draft-persona-from-segment", "draftPersonaFromSegmentAction", STEP_EDIT),
  action("customer-data", "deleteAllCustomerDataAction", OWNER_ONLY),

  // The coach: setting a finding aside (and bringing it back) belongs to those who edit; a
  // mentor reads the reasons on the coach page.
  action("coach", "dismissFindingAction", STEP_EDIT),
  action("coach", "restoreFindingAction", STEP_EDIT),

  // Last: the owner's call deletes the project every other row uses.
  action("delete-project", "deleteProjectAction", OWNER_ONLY),
  // Last of all, as no later row could act as anyone: each caller deletes their own account
  // (with their own password and email), which nobody owning a project others use may do; by
  // now the owner's shared project is gone, so every account holder may.
  action("delete-account", "deleteAccountAction", ownAccount("/")),
];
