import type { Browser, Page } from "@playwright/test";
import { createProject, expect, makeUser, newBrowserPage, signIn, signUp, type TestUser } from "../support/fixtures";
import { acceptInvitation, inviteMember } from "../support/members";
import { callAction, cookieHeader, getAs, readActionEndpoints, type ActionResponse } from "../support/server-actions";
import type { Role } from "./matrix";
import { SETUP_PAYLOADS, type StepKey, type StepPayload } from "./step-payloads";

/** The roles, plus a second editor that member-management calls can act on without disturbing the editor under test. */
export type Person = Role | "spare";
type Member = Exclude<Person, "anonymous">;

export interface World {
  projectId: string;
  accounts: Record<Member, TestUser>;
  ids: Record<Member, string>;
  steps: Record<StepKey, StepPayload>;
  /** A pending invitation for resend and revoke, and its address. */
  invitation: { id: string; email: string };
  /** A comment thread on step 1, for replies, resolve and reopen. */
  threadId: string;
  /** The token of a live read-only link to the project, for the share page's row. */
  shareToken: string;
  /** A saved version of the plan, for its page, its download and its review. */
  versionId: string;
  act(as: Person, key: string, args: unknown[]): Promise<ActionResponse>;
  read(as: Person, address: string): Promise<{ status: number; location: string | null; body: string }>;
  /** A new session for someone whose cookie a call revoked (sign-out, a password change), with their current password. */
  signInAgain(as: Member): Promise<void>;
}

export const KEYS = {
  createInvitation: "lib/actions/invitations.ts#createInvitationAction",
  acceptInvitation: "lib/actions/invitations.ts#acceptInvitationAction",
  createShareLink: "lib/actions/share-links.ts#createShareLinkAction",
  signIn: "lib/actions/sign-in.ts#signInAction",
  addComment: "lib/actions/comments.ts#addCommentAction",
  saveVersion: "lib/actions/plan-versions.ts#saveVersionAction",
  startCustomerImport: "lib/actions/customer-import.ts#startCustomerImportAction",
  appendCustomerLines: "lib/actions/customer-import.ts#appendCustomerLinesAction",
  finishCustomerImport: "lib/actions/customer-import.ts#finishCustomerImportAction",
  dismissFinding: "lib/actions/coach.ts#dismissFindingAction",
  saveStep: (step: StepKey) => `lib/actions/save-${step}-step.ts#save${step[0]!.toUpperCase()}${step.slice(1)}StepAction`,
} as const;

/** The `data` of an accepted call; anything else fails the setup step it belongs to. */
export function accepted<T>(response: ActionResponse, what: string): T {
  const result = response.result as { ok?: boolean; data?: T } | undefined;
  expect(result, what).toMatchObject({ ok: true });
  return result!.data as T;
}

/** Where the flight data in a page puts a value, with the HTML's escaping taken off. */
export const unescaped = (body: string) => body.replaceAll("\\", "");

/** Signs someone up (or in, with `join`) in a fresh browser and returns their session cookie header. */
async function signedUp(browser: Browser, user: TestUser, join?: (page: Page) => Promise<unknown>) {
  const { context, page } = await newBrowserPage(browser);
  if (join) await join(page);
  else await signUp(page, user);
  const cookie = await cookieHeader(context);
  return { context, page, cookie };
}

/**
 * Everyone the matrix needs, made through the UI (sign-up, the project, invitations) and
 * the app's own actions (step rows, a pending invitation, a comment thread).
 */
export async function buildWorld(browser: Browser, baseURL: string, root: string): Promise<{ world: World; close: () => Promise<void> }> {
  const endpoints = readActionEndpoints(root);
  const accounts: Record<Member, TestUser> = {
    owner: makeUser("owner"),
    stranger: makeUser("stranger"),
    mentor: makeUser("mentor"),
    editor: makeUser("editor"),
    spare: makeUser("spare"),
  };
  const owner = await signedUp(browser, accounts.owner);
  const projectId = await createProject(owner.page, "Matrix guitar shop", "Guitars and lessons");
  const stranger = await signedUp(browser, accounts.stranger);
  const joined = async (person: "mentor" | "editor" | "spare", role: "Mentor" | "Editor") => {
    const link = await inviteMember(owner.page, projectId, accounts[person].email, role);
    return signedUp(browser, accounts[person], (page) => acceptInvitation(page, link, accounts[person], { signUp: true }));
  };
  const sessions = {
    owner,
    stranger,
    mentor: await joined("mentor", "Mentor"),
    editor: await joined("editor", "Editor"),
    spare: await joined("spare", "Editor"),
  };
  const cookie = (as: Person) => (as === "anonymous" ? "" : sessions[as].cookie);

  const world: World = {
    projectId,
    accounts,
    ids: {} as Record<Member, string>,
    steps: {} as Record<StepKey, StepPayload>,
    invitation: { id: "", email: `pending-${accounts.owner.email}` },
    threadId: "",
    shareToken: "",
    versionId: "",
    act: (as, key, args) => {
      const endpoint = endpoints.get(key);
      if (!endpoint) throw new Error(`${key} is not in this build: no page imports it, so nobody can call it`);
      return callAction(baseURL, cookie(as), endpoint, projectId, args);
    },
    read: (as, address) => getAs(baseURL, cookie(as), address),
    signInAgain: async (as) => {
      const old = sessions[as];
      sessions[as] = await signedUp(browser, accounts[as], (page) => signIn(page, accounts[as]));
      await old.context.close();
    },
  };

  for (const person of Object.keys(accounts) as Member[]) {
    const session = JSON.parse((await world.read(person, "/api/auth/session")).body) as { user?: { id?: string } };
    world.ids[person] = session.user!.id!;
  }

  // Rows for the markers to land in, saved as the owner.
  const save = async (step: StepKey, payload: StepPayload) =>
    (world.steps[step] = accepted<StepPayload>(await world.act("owner", KEYS.saveStep(step), [projectId, payload]), `setup: ${step}`));
  const offerings = await save("offerings", SETUP_PAYLOADS.offerings());
  const personas = await save("personas", SETUP_PAYLOADS.personas((offerings.offerings as { id: string }[])[0]!.id));
  await save(
    "integration",
    SETUP_PAYLOADS.integration((personas.personas as { id: string }[])[0]!.id, (personas.stages as { id: string }[])[0]!.id),
  );
  world.steps.competitors = SETUP_PAYLOADS.competitors();
  world.steps.demographics = SETUP_PAYLOADS.demographics();

  await world.act("owner", KEYS.createInvitation, [projectId, { email: world.invitation.email, role: "mentor", anyEmail: false }]);
  const members = unescaped((await world.read("owner", `/projects/${projectId}/members`)).body);
  world.invitation.id = new RegExp(`"id":"([0-9a-f-]{36})","email":"${world.invitation.email}"`).exec(members)?.[1] ?? "";
  expect(world.invitation.id, "setup: the pending invitation's id on the members page").not.toBe("");
  const shared = accepted<{ link: string }>(
    await world.act("owner", KEYS.createShareLink, [projectId, { label: "Matrix client", expiresInDays: 7 }]),
    "setup: a read-only link",
  );
  world.shareToken = shared.link.split("/share/")[1] ?? "";
  world.threadId = accepted<{ id: string }>(
    await world.act("owner", KEYS.addComment, [projectId, { step: 1, about: "", body: "Is the price list final?" }]),
    "setup: a comment thread",
  ).id;
  world.versionId = accepted<{ id: string }>(
    await world.act("owner", KEYS.saveVersion, [projectId, { name: "Matrix version" }]),
    "setup: a saved version",
  ).id;

  const close = async () => {
    for (const session of Object.values(sessions)) await session.context.close();
  };
  return { world, close };
}
