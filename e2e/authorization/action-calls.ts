import { createHash } from "node:crypto";
import { blankPurchaseLine } from "../../lib/validation/customer-import";
import { makeUser, type TestUser } from "../support/fixtures";
import type { Role } from "./matrix";
import { MARK, type StepKey, type StepPayload } from "./step-payloads";
import { accepted, KEYS, unescaped, type Person, type World } from "./world";

export interface CallContext {
  world: World;
  role: Role;
  /** The caller's account; for anonymous, the owner's, as someone signing in from a fresh browser. */
  credentials: TestUser;
  /** A string unique to this call, written into a text field so a read-back can find it. */
  marker: string;
}

export interface ActionCall {
  args: unknown[];
  /** Whether the call changed anything, read back through the pages. */
  wrote?: () => Promise<boolean>;
  /** After an accepted call: record what the next call builds on, or put back what it took away. */
  accepted?: (data: unknown) => Promise<void> | void;
}

type Builder = (context: CallContext) => ActionCall | Promise<ActionCall>;

const page = (w: World, as: Person, step: string) => w.read(as, `/projects/${w.projectId}/${step}`);
const membersPage = async (w: World) => unescaped((await page(w, "owner", "members")).body);
/** A member's role as the owner's members page lists it; null once they are gone. */
async function roleOf(w: World, person: Exclude<Person, "anonymous">): Promise<string | null> {
  return new RegExp(`"userId":"${w.ids[person]}"[^{}]*?"role":"(\\w+)"`).exec(await membersPage(w))?.[1] ?? null;
}

/** The owner invites an address; returns the link's token. */
async function invite(w: World, email: string, role: "editor" | "mentor", anyEmail = false): Promise<string> {
  const { link } = accepted<{ link: string }>(
    await w.act("owner", KEYS.createInvitation, [w.projectId, { email, role, anyEmail }]),
    `an invitation for ${email}`,
  );
  return link.split("/invite/")[1]!;
}

/** Puts someone who left or was removed back, through a new invitation. */
async function rejoin(w: World, person: "mentor" | "editor" | "spare", role: "editor" | "mentor") {
  const token = await invite(w, w.accounts[person].email, role);
  const response = await w.act(person, KEYS.acceptInvitation, [{ token }]);
  if (!response.redirect) throw new Error(`${person} could not rejoin: ${JSON.stringify(response.result)}`);
}

function saveStep(step: StepKey): Builder {
  return ({ world, marker }) => {
    const payload = structuredClone(world.steps[step]);
    MARK[step](payload, marker);
    return {
      args: [world.projectId, payload],
      wrote: async () => (await page(world, "owner", step)).body.includes(marker),
      accepted: (data) => {
        const saved = data as StepPayload;
        if (typeof saved?.version !== "number") throw new Error(`${step}: the save returned no version`);
        world.steps[step] = saved;
      },
    };
  };
}

/** A comment-like call whose text shows on step 1's page. */
const onStepOne =
  (args: (w: World, marker: string) => unknown): Builder =>
  ({ world, marker }) => ({
    args: [world.projectId, args(world, marker)],
    wrote: async () => (await page(world, "owner", "offerings")).body.includes(marker),
  });

/** One purchase line, whose customer id is the call's marker. */
const customerLine = (marker: string) => ({ ...blankPurchaseLine(marker, "2025-03-01", 1500), quantity: 1, product: "Guitar" });

/**
 * A running one-line import the owner started (and filled, when asked) for the call under test
 * to act on. Each call gets its own: a start removes the project's earlier running import.
 */
async function ownersImport(w: World, marker: string, filled = false): Promise<string> {
  const start = [w.projectId, { fileName: `${marker}.csv`, mode: "add", expectedLines: 1 }];
  const { importId } = accepted<{ importId: string }>(await w.act("owner", KEYS.startCustomerImport, start), "an import to act on");
  if (filled)
    accepted(await w.act("owner", KEYS.appendCustomerLines, [w.projectId, { importId, lines: [customerLine(marker)] }]), "its line");
  return importId;
}

/**
 * Customer data the owner imported and finished, so that a group has customers to draft from.
 * Every line of the matrix's imports is the same day and amount: nobody beats anybody, every
 * score is 1, and every customer is in the "lost" group.
 */
async function ownersFinishedImport(w: World, marker: string): Promise<void> {
  const importId = await ownersImport(w, marker, true);
  accepted(await w.act("owner", KEYS.finishCustomerImport, [w.projectId, { importId }]), "its finish");
}

const COACH_FINDING = { rule: "competitors_none", subject: "" };

/** A call that ends the caller's session: it must stop opening pages, and the caller signs in again for the next row. */
const endsSession =
  (args: unknown[]): Builder =>
  ({ world, role }) =>
    role === "anonymous"
      ? { args }
      : {
          args,
          wrote: async () => (await world.read(role, "/projects")).status !== 200,
          accepted: () => world.signInAgain(role),
        };

/** The arguments each action is called with, keyed like the matrix: "lib/actions/x.ts#name". */
export const ACTION_CALLS: Record<string, Builder> = {
  "lib/actions/sign-in.ts#signInAction": ({ credentials }) => ({ args: [{ email: credentials.email, password: credentials.password }] }),
  "lib/actions/sign-up.ts#signUpAction": () => {
    const fresh = makeUser("matrix");
    return { args: [{ name: fresh.name, email: fresh.email, password: fresh.password }] };
  },
  // Both sign-outs revoke the caller's cookie, which every later row still needs.
  "lib/actions/sign-out.ts#signOutAction": endsSession([]),
  "lib/actions/sign-out.ts#signOutEverywhereAction": endsSession([{}]),
  // The accepted change is kept: the account signs in with its new password from then on.
  "lib/actions/change-password.ts#changePasswordAction": ({ world, role, credentials, marker }) => {
    const newPassword = `new passphrase ${marker}`;
    const old = credentials.password;
    return {
      args: [{ currentPassword: old, newPassword, confirmPassword: newPassword }],
      wrote: async () => !(await world.act("anonymous", KEYS.signIn, [{ email: credentials.email, password: old }])).redirect,
      accepted: async () => {
        credentials.password = newPassword;
        if (role !== "anonymous") await world.signInAgain(role);
      },
    };
  },
  "lib/actions/password-reset.ts#requestPasswordResetAction": ({ credentials }) => ({ args: [{ email: credentials.email }] }),
  // A link nobody was sent: the account's password must stay as it was.
  "lib/actions/password-reset.ts#resetPasswordAction": ({ world, credentials, marker }) => ({
    args: [{ token: `matrix-${marker}`, newPassword: `reset ${marker}`, confirmPassword: `reset ${marker}` }],
    wrote: async () =>
      !(await world.act("anonymous", KEYS.signIn, [{ email: credentials.email, password: credentials.password }])).redirect,
  }),
  "lib/actions/email-change.ts#requestEmailChangeAction": ({ credentials, marker }) => ({
    args: [{ newEmail: `${marker}@example.test`, currentPassword: credentials.password }],
  }),
  "lib/actions/email-change.ts#confirmEmailChangeAction": ({ marker }) => ({ args: [{ token: `matrix-${marker}` }] }),
  "lib/actions/set-locale.ts#setLocaleAction": () => ({ args: ["en"] }),
  "lib/actions/create-project.ts#createProjectAction": ({ marker }) => ({
    args: [{ name: `Matrix ${marker}`, description: "", kind: "food" }],
  }),
  "lib/actions/update-project.ts#updateProjectAction": ({ world, marker }) => ({
    args: [world.projectId, { name: `Matrix ${marker}`, description: "Guitars and lessons" }],
    wrote: async () => (await world.read("owner", "/projects")).body.includes(marker),
  }),
  // Always a kind other than the current one, so that a refused call cannot look written.
  "lib/actions/update-project-kind.ts#updateProjectKindAction": async ({ world }) => {
    const kindNow = async () => /data-project-kind="(\w+)"/.exec((await page(world, "owner", "offerings")).body)?.[1];
    const kind = (await kindNow()) === "food" ? "consulting" : "food";
    return { args: [world.projectId, { kind }], wrote: async () => (await kindNow()) === kind };
  },
  // The copy lands on the caller's own dashboard; without a session, look on the owner's.
  "lib/actions/duplicate-project.ts#duplicateProjectAction": ({ world, role, marker }) => ({
    args: [world.projectId, { name: `Copy ${marker}` }],
    wrote: async () => (await world.read(role === "anonymous" ? "owner" : role, "/projects")).body.includes(marker),
  }),
  "lib/actions/save-offerings-step.ts#saveOfferingsStepAction": saveStep("offerings"),
  "lib/actions/save-competitors-step.ts#saveCompetitorsStepAction": saveStep("competitors"),
  // A new channel is a new version of step 2: the next step 2 save builds on it.
  "lib/actions/add-project-channel.ts#addProjectChannelAction": ({ world, marker }) => ({
    args: [world.projectId, { name: `Channel ${marker}` }],
    wrote: async () => (await page(world, "owner", "competitors")).body.includes(`Channel ${marker}`),
    accepted: (data) => {
      const { channels } = data as { channels: unknown[] };
      world.steps.competitors = { ...world.steps.competitors, version: world.steps.competitors.version + 1, channels };
    },
  }),
  "lib/actions/save-demographics-step.ts#saveDemographicsStepAction": saveStep("demographics"),
  "lib/actions/save-personas-step.ts#savePersonasStepAction": saveStep("personas"),
  "lib/actions/save-integration-step.ts#saveIntegrationStepAction": saveStep("integration"),
  // Appended to step 5 as a new version: the next step 5 save builds on what it answered.
  "lib/actions/add-content-idea-from-opportunity.ts#addContentIdeaFromOpportunityAction": async ({ world, marker }) => {
    const personaId = (world.steps.personas.personas as { id: string }[])[0]!.id;
    // The page hands its journey stages to the browser; a ready-made one is stored as its code.
    const stageId = /"id":"([0-9a-f-]{36})","name":"decision"/.exec(unescaped((await page(world, "owner", "personas")).body))?.[1];
    if (!stageId) throw new Error("step 4's page shows no decision stage");
    return {
      args: [world.projectId, { personaId, stageId, topic: `Idea ${marker}` }],
      wrote: async () => (await page(world, "owner", "integration")).body.includes(`Idea ${marker}`),
      accepted: (data) => {
        const { version, contentIdeas } = data as { version: number; contentIdeas: unknown[] };
        world.steps.integration = { ...world.steps.integration, version, contentIdeas };
      },
    };
  },
  // The colour is the marker's own, so the owner's plan page shows it only after this call wrote it.
  "lib/actions/save-plan-branding.ts#savePlanBrandingAction": ({ world, marker }) => {
    const accentColor = `#${createHash("sha1").update(marker).digest("hex").slice(0, 6)}`;
    return {
      args: [world.projectId, { accentColor, logo: null, removeLogo: false }],
      wrote: async () => (await world.read("owner", `/projects/${world.projectId}/plan`)).body.includes(accentColor),
    };
  },

  // Customer data. No page reads it back yet: the customers page (/projects/{id}/customers) is to come.
  "lib/actions/customer-import.ts#startCustomerImportAction": ({ world, marker }) => ({
    args: [world.projectId, { fileName: `${marker}.csv`, mode: "add", expectedLines: 1 }],
  }),
  "lib/actions/customer-import.ts#appendCustomerLinesAction": async ({ world, marker }) => ({
    args: [world.projectId, { importId: await ownersImport(world, marker), lines: [customerLine(marker)] }],
  }),
  "lib/actions/customer-import.ts#finishCustomerImportAction": async ({ world, marker }) => ({
    args: [world.projectId, { importId: await ownersImport(world, marker, true) }],
  }),
  "lib/actions/customer-import.ts#cancelCustomerImportAction": async ({ world, marker }) => ({
    args: [world.projectId, { importId: await ownersImport(world, marker) }],
  }),
  "lib/actions/customer-data.ts#saveSegmentValueAction": ({ world, marker }) => ({
    args: [world.projectId, { segment: "best", potential: 3, note: marker }],
  }),
  // Appended to step 4 as a new version: the next step 4 save builds on its version.
  "lib/actions/draft-persona-from-segment.ts#draftPersonaFromSegmentAction": async ({ world, marker }) => {
    await ownersFinishedImport(world, marker);
    const offeringId = (world.steps.offerings.offerings as { id: string }[])[0]!.id;
    const drafts = async () => unescaped((await page(world, "owner", "personas")).body).split('"segment":"lost"').length;
    const before = await drafts();
    return {
      args: [world.projectId, { segment: "lost", offeringId }],
      wrote: async () => (await drafts()) > before,
      accepted: (data) => {
        world.steps.personas = { ...world.steps.personas, version: (data as { version: number }).version };
      },
    };
  },
  "lib/actions/customer-data.ts#deleteAllCustomerDataAction": ({ world }) => ({ args: [world.projectId, {}] }),

  // The coach. Step 2 never gets a competitor here, so "no competitors" is always a finding to set aside.
  "lib/actions/coach.ts#dismissFindingAction": ({ world, marker }) => ({
    args: [world.projectId, { ...COACH_FINDING, reason: `Reason ${marker}` }],
    wrote: async () => (await page(world, "owner", "coach")).body.includes(`Reason ${marker}`),
  }),
  "lib/actions/coach.ts#restoreFindingAction": async ({ world, marker }) => {
    accepted(
      await world.act("owner", KEYS.dismissFinding, [world.projectId, { ...COACH_FINDING, reason: `Reason ${marker}` }]),
      "a dismissal",
    );
    return {
      args: [world.projectId, COACH_FINDING],
      wrote: async () => !(await page(world, "owner", "coach")).body.includes(`Reason ${marker}`),
    };
  },

  // Invitations. A fresh address each time, so "already invited" never refuses first.
  "lib/actions/invitations.ts#createInvitationAction": ({ world, marker }) => ({
    args: [world.projectId, { email: `${marker}@example.test`, role: "editor", anyEmail: false }],
    wrote: async () => (await membersPage(world)).includes(`${marker}@example.test`),
  }),
  "lib/actions/invitations.ts#resendInvitationAction": ({ world }) => ({ args: [world.projectId, { invitationId: world.invitation.id }] }),
  "lib/actions/invitations.ts#revokeInvitationAction": ({ world }) => ({
    args: [world.projectId, { invitationId: world.invitation.id }],
    wrote: async () => !(await membersPage(world)).includes(world.invitation.email),
  }),
  // Members already in get a link for anyone (and keep their role); a stranger holds a live
  // link meant for somebody else, which must not let them in.
  "lib/actions/invitations.ts#acceptInvitationAction": async ({ world, role }) => {
    const other = makeUser("invitee").email;
    const token = role === "stranger" ? await invite(world, other, "editor") : await invite(world, other, "mentor", true);
    return {
      args: [{ token }],
      wrote: role === "stranger" ? async () => (await page(world, "stranger", "offerings")).status !== 404 : undefined,
    };
  },

  // Read-only links. Each revoke gets a fresh link of the owner's; a revoked one answers 404.
  "lib/actions/share-links.ts#createShareLinkAction": ({ world, marker }) => ({
    args: [world.projectId, { label: `Client ${marker}`, expiresInDays: 7 }],
    wrote: async () => (await membersPage(world)).includes(`Client ${marker}`),
  }),
  "lib/actions/share-links.ts#revokeShareLinkAction": async ({ world, marker }) => {
    const label = `Revoke ${marker}`;
    const { link } = accepted<{ link: string }>(
      await world.act("owner", KEYS.createShareLink, [world.projectId, { label, expiresInDays: 7 }]),
      "a link to revoke",
    );
    const linkId = new RegExp(`"id":"([0-9a-f-]{36})","label":"${label}"`).exec(await membersPage(world))?.[1];
    if (!linkId) throw new Error("the members page lists no id for the new read-only link");
    return {
      args: [world.projectId, { linkId }],
      wrote: async () => (await world.read("anonymous", new URL(link).pathname)).status === 404,
    };
  },

  // Member management acts on the spare editor; an accepted call is undone before the next.
  "lib/actions/members.ts#transferOwnershipAction": ({ world }) => ({
    args: [world.projectId, { userId: world.ids.spare }],
    wrote: async () => (await roleOf(world, "spare")) === "owner",
    accepted: async () => {
      accepted(
        await world.act("spare", "lib/actions/members.ts#transferOwnershipAction", [world.projectId, { userId: world.ids.owner }]),
        "transfer back",
      );
    },
  }),
  "lib/actions/members.ts#changeMemberRoleAction": ({ world }) => ({
    args: [world.projectId, { userId: world.ids.spare, role: "mentor" }],
    wrote: async () => (await roleOf(world, "spare")) !== "editor",
    accepted: async () => {
      const back = await world.act("owner", "lib/actions/members.ts#changeMemberRoleAction", [
        world.projectId,
        { userId: world.ids.spare, role: "editor" },
      ]);
      accepted(back, "role back to editor");
    },
  }),
  "lib/actions/members.ts#removeMemberAction": ({ world }) => ({
    args: [world.projectId, { userId: world.ids.spare }],
    wrote: async () => (await roleOf(world, "spare")) === null,
    accepted: () => rejoin(world, "spare", "editor"),
  }),
  "lib/actions/members.ts#leaveProjectAction": ({ world, role }) => ({
    args: [world.projectId, {}],
    wrote: async () => role !== "anonymous" && role !== "stranger" && (await roleOf(world, role)) === null,
    accepted: () => (role === "mentor" || role === "editor" ? rejoin(world, role, role) : undefined),
  }),

  // Comments and reviews, all on step 1.
  "lib/actions/comments.ts#addCommentAction": onStepOne((_, marker) => ({ step: 1, about: "", body: marker })),
  "lib/actions/comments.ts#replyToCommentAction": onStepOne((w, marker) => ({ parentId: w.threadId, body: marker })),
  "lib/actions/comments.ts#resolveThreadAction": ({ world }) => ({ args: [world.projectId, { commentId: world.threadId }] }),
  "lib/actions/comments.ts#reopenThreadAction": ({ world }) => ({ args: [world.projectId, { commentId: world.threadId }] }),
  "lib/actions/comments.ts#markCommentsSeenAction": ({ world }) => ({ args: [world.projectId, {}] }),
  "lib/actions/step-reviews.ts#setStepReviewAction": onStepOne((_, marker) => ({ step: 1, status: "changes_requested", note: marker })),
  // After the mentor's request above; the note shows in step 1's review banner.
  "lib/actions/step-reviews.ts#markStepReadyAction": onStepOne((_, marker) => ({ step: 1, note: marker })),
  // The name or the note shows on the versions pages, which the owner reads back.
  "lib/actions/plan-versions.ts#saveVersionAction": ({ world, marker }) => ({
    args: [world.projectId, { name: marker }],
    wrote: async () => (await page(world, "owner", "versions")).body.includes(marker),
  }),
  "lib/actions/plan-versions.ts#reviewVersionAction": ({ world, marker }) => ({
    args: [world.projectId, { versionId: world.versionId, status: "changes_requested", note: marker }],
    wrote: async () => (await page(world, "owner", `versions/${world.versionId}`)).body.includes(marker),
  }),
  "lib/actions/notifications.ts#markStepNotificationsReadAction": ({ world }) => ({ args: [world.projectId, { step: 1 }] }),
  "lib/actions/notifications.ts#markAllNotificationsReadAction": () => ({ args: [{}] }),
  "lib/actions/notifications.ts#dismissReviewGuideAction": () => ({ args: [{}] }),

  "lib/actions/delete-project.ts#deleteProjectAction": ({ world }) => ({
    args: [world.projectId, {}],
    wrote: async () => (await page(world, "owner", "offerings")).status === 404,
  }),
  // Anonymous sends the owner's password and email: the account must still sign in afterwards.
  "lib/actions/delete-account.ts#deleteAccountAction": ({ world, credentials }) => ({
    args: [{ password: credentials.password, confirmation: credentials.email }],
    wrote: async () =>
      !(await world.act("anonymous", KEYS.signIn, [{ email: credentials.email, password: credentials.password }])).redirect,
  }),
};
