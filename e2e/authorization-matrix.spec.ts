import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { ACTION_CALLS, SETUP_PAYLOADS, type CallContext, type StepKey, type StepPayload } from "./authorization/action-calls";
import { MATRIX, ROLES, type Outcome, type Role } from "./authorization/matrix";
import { createProject, expect, makeUser, signUp, test, type TestUser } from "./support/fixtures";
import { callAction, getAs, readActionEndpoints, type ActionResponse } from "./support/server-actions";

const root = path.resolve(__dirname, "..");

// Invitations are how a mentor or editor joins; until their e2e helpers land, those two
// columns are reported as pending in their own test, never passed silently.
const MEMBER_ROLES: readonly Role[] = ["mentor", "editor"];
const membersReady = false;
const checkedRoles = ROLES.filter((role) => membersReady || !MEMBER_ROLES.includes(role));

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter(keep)
    .sort();
}

/** Every exported function of every "use server" module under lib/actions, as "file#name". */
function serverActions(): string[] {
  return filesUnder("lib/actions", (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!/^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) return [];
    return [...source.matchAll(/^export\s+(?:async\s+function\s*\*?\s*|const\s+|let\s+)([A-Za-z_$][\w$]*)/gm)].map(
      (m) => `${file}#${m[1]}`,
    );
  });
}

const rowKey = (row: (typeof MATRIX)[number]) => (row.kind === "action" ? `${row.module}#${row.name}` : row.file);

test("the matrix has a row for every page, route handler and server action, and none for anything else", () => {
  const listed = (kind: string) => MATRIX.filter((row) => row.kind === kind).map(rowKey);
  const compare = (kind: string, found: string[]) => {
    const rows = listed(kind);
    expect
      .soft(
        found.filter((f) => !rows.includes(f)),
        `${kind}s with no row in e2e/authorization/matrix.ts`,
      )
      .toEqual([]);
    expect
      .soft(
        rows.filter((r) => !found.includes(r)),
        `${kind} rows naming nothing that exists`,
      )
      .toEqual([]);
  };
  compare(
    "page",
    filesUnder("app", (f) => f.endsWith("/page.tsx")),
  );
  compare(
    "route",
    filesUnder("app", (f) => /\/route\.tsx?$/.test(f)),
  );
  compare("action", serverActions());
  const keys = MATRIX.map(rowKey).filter((key, i, all) => MATRIX[i]!.kind !== "route" && all.indexOf(key) !== i);
  expect.soft(keys, "rows listed twice").toEqual([]);
  // Every action row needs arguments that leave authorisation as the only reason to refuse.
  expect
    .soft(
      listed("action").filter((key) => !ACTION_CALLS[key]),
      "action rows with no call in action-calls.ts",
    )
    .toEqual([]);
});

interface Check {
  row: string;
  role: Role;
  expected: Outcome;
  actual: string;
  problem?: string;
}

const matches = (expected: Outcome, actual: string, projectId: string) => {
  const pattern = expected.replaceAll("{projectId}", projectId);
  if (!pattern.includes("*")) return pattern === actual;
  const [head, tail] = pattern.split("*") as [string, string];
  return actual.startsWith(head) && actual.endsWith(tail) && actual.length > head.length + tail.length;
};

function pageOutcome(status: number, location: string | null): string {
  if (status === 200) return "ok";
  if (status === 404) return "not_found";
  if ([301, 302, 303, 307, 308].includes(status)) return `redirect:${location}`;
  return `http_${status}`;
}

function actionOutcome(response: ActionResponse): string {
  if (response.status !== 200) return `http_${response.status}`;
  if (response.redirect) return `redirect:${response.redirect}`;
  const result = response.result as { ok?: boolean; formError?: string } | undefined;
  if (result === undefined || result === null || result.ok === true) return "ok";
  return result.formError ?? `unexpected:${JSON.stringify(result)}`;
}

const cookieHeader = async (browser: Browser, user: TestUser) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signUp(page, user);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { context, page, cookie };
};

test("every cell holds against the running server, and refused writes change nothing", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const endpoints = readActionEndpoints(root);

  // The people: an owner with a project, and a signed-in stranger.
  const accounts = { owner: makeUser("owner"), stranger: makeUser("stranger") } as Record<Role, TestUser>;
  const owner = await cookieHeader(browser, accounts.owner);
  const stranger = await cookieHeader(browser, accounts.stranger);
  const cookies: Partial<Record<Role, string>> = { anonymous: "", owner: owner.cookie, stranger: stranger.cookie };
  const projectId = await createProject(owner.page, "Matrix guitar shop", "Guitars and lessons");

  const call = async (key: string, role: Role, args: unknown[]) => {
    const endpoint = endpoints.get(key);
    if (!endpoint) throw new Error(`${key} has no action id in the build: no page imports it`);
    return callAction(base, cookies[role]!, endpoint, projectId, args);
  };
  const readAsOwner = (address: string) => getAs(base, cookies.owner!, address);

  // Rows for the markers to land in, saved through the app's own actions as the owner.
  const steps = {} as Record<StepKey, StepPayload>;
  const saveAsOwner = async (step: StepKey, action: string, payload: StepPayload) => {
    const response = await call(`lib/actions/save-${step}-step.ts#${action}`, "owner", [projectId, payload]);
    const result = response.result as { ok: boolean; data: StepPayload };
    expect(result, `setup: ${step}`).toMatchObject({ ok: true });
    steps[step] = result.data;
    return result.data;
  };
  const offerings = await saveAsOwner("offerings", "saveOfferingsStepAction", SETUP_PAYLOADS.offerings());
  const personas = await saveAsOwner(
    "personas",
    "savePersonasStepAction",
    SETUP_PAYLOADS.personas((offerings.offerings as { id: string }[])[0]!.id),
  );
  await saveAsOwner("integration", "saveIntegrationStepAction", SETUP_PAYLOADS.integration((personas.personas as { id: string }[])[0]!.id));
  steps.competitors = SETUP_PAYLOADS.competitors();
  steps.demographics = SETUP_PAYLOADS.demographics();

  const checks: Check[] = [];
  const record = (row: string, role: Role, expected: Outcome, actual: string, problem?: string) => {
    const ok = matches(expected, actual, projectId) && !problem;
    checks.push({ row, role, expected, actual, ...(ok ? {} : { problem: problem ?? "outcome differs" }) });
  };

  for (const row of MATRIX) {
    if (row.kind === "action") continue;
    for (const role of checkedRoles) {
      const response = await getAs(base, cookies[role]!, row.path.replace("{projectId}", projectId));
      record(`${row.kind} ${row.path}`, role, row.expect[role], pageOutcome(response.status, response.location));
    }
  }

  // Actions, each as every role in turn; the project's deletion runs last of all.
  const actions = MATRIX.filter((row) => row.kind === "action").sort(
    (a, b) => Number(a.name === "deleteProjectAction") - Number(b.name === "deleteProjectAction"),
  );
  for (const row of actions) {
    const key = `${row.module}#${row.name}`;
    for (const role of checkedRoles) {
      const context: CallContext = {
        projectId,
        role,
        credentials: role === "anonymous" ? accounts.owner : accounts[role],
        marker: `mx-${role}-${randomUUID().slice(0, 8)}`,
        steps,
      };
      const build = ACTION_CALLS[key];
      if (!build) {
        record(`action ${row.name}`, role, row.expect[role], "no call", "no call in action-calls.ts");
        continue;
      }
      const planned = build(context);
      const response = await call(key, role, planned.args);
      const actual = actionOutcome(response);
      let problem: string | undefined;
      if (actual === "ok") planned.accepted?.((response.result as { data?: unknown } | undefined)?.data);
      if (planned.wrote) {
        const wrote = await planned.wrote(readAsOwner);
        if (actual === "ok" && !wrote) problem = "accepted, but the owner cannot read the change back";
        if (actual !== "ok" && wrote) problem = "refused, yet the change was written";
      }
      record(`action ${row.name}`, role, row.expect[role], actual, problem);
    }
  }

  const pages = MATRIX.filter((r) => r.kind === "page").length;
  const routes = MATRIX.filter((r) => r.kind === "route").length;
  const failed = checks.filter((c) => c.problem);
  const pending = MATRIX.length * (ROLES.length - checkedRoles.length);
  console.log(
    `matrix: ${pages} pages + ${routes} routes + ${actions.length} actions = ${MATRIX.length} rows × ${ROLES.length} roles = ` +
      `${MATRIX.length * ROLES.length} checks, ${checks.length - failed.length} passed, ${failed.length} failed, ${pending} pending`,
  );
  await owner.context.close();
  await stranger.context.close();
  expect(failed, "cells that do not hold").toEqual([]);
});

test("mentor and editor cells", () => {
  test.fixme(
    !membersReady,
    `${MATRIX.length * MEMBER_ROLES.length} mentor and editor checks wait for invitations (e2e/support/members.ts)`,
  );
});
