import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ACTION_CALLS } from "./authorization/action-calls";
import { MATRIX, ROLES, type Outcome, type Role } from "./authorization/matrix";
import { buildWorld } from "./authorization/world";
import { expect, test } from "./support/fixtures";
import type { ActionResponse } from "./support/server-actions";

const root = path.resolve(__dirname, "..");

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
  // A page or route may have a row per address (a live and a dead share link); an action has one.
  const keys = MATRIX.map((row) => (row.kind === "action" ? rowKey(row) : `${row.file} ${row.path}`)).filter(
    (key, i, all) => all.indexOf(key) !== i,
  );
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
  const result = response.result as { ok?: boolean; formError?: string; data?: { ok?: boolean; reason?: string } } | undefined;
  if (result === undefined || result === null) return "ok";
  // An invitation refusal is data the page shows (the link was read, the reason is worded).
  if (result.ok === true) return result.data?.ok === false && result.data.reason ? `refused:${result.data.reason}` : "ok";
  const code = result.formError;
  if (!code) return `unexpected:${JSON.stringify(result)}`;
  return ["not_found", "forbidden", "unauthenticated"].includes(code) ? code : `refused:${code}`;
}

test("every cell holds against the running server, and refused writes change nothing", async ({ browser, baseURL }) => {
  // Every call is a real request to a production server; on a machine shared with other builds
  // the 360 checks have taken more than five minutes.
  test.setTimeout(480_000);
  const { world, close } = await buildWorld(browser, baseURL!, root);
  const { projectId } = world;
  const checks: Check[] = [];
  const record = (row: string, role: Role, expected: Outcome, actual: string, problem?: string) => {
    const ok = matches(expected, actual, projectId) && !problem;
    checks.push({ row, role, expected, actual, ...(ok ? {} : { problem: problem ?? "outcome differs" }) });
  };

  for (const row of MATRIX) {
    if (row.kind === "action") continue;
    for (const role of ROLES) {
      const response = await world.read(
        role,
        row.path.replace("{projectId}", projectId).replace("{shareToken}", world.shareToken).replace("{versionId}", world.versionId),
      );
      record(`${row.kind} ${row.path}`, role, row.expect[role], pageOutcome(response.status, response.location));
    }
  }

  // Actions in the matrix's order, each as every role in turn; the owner's delete ends it.
  const actions = MATRIX.filter((row) => row.kind === "action");
  for (const row of actions) {
    const key = `${row.module}#${row.name}`;
    for (const role of ROLES) {
      const build = ACTION_CALLS[key];
      if (!build) {
        record(`action ${row.name}`, role, row.expect[role], "no call", "no call in action-calls.ts");
        continue;
      }
      const marker = `mx-${role}-${randomUUID().slice(0, 8)}`;
      const planned = await build({ world, role, credentials: role === "anonymous" ? world.accounts.owner : world.accounts[role], marker });
      let actual: string;
      let problem: string | undefined;
      try {
        const response = await world.act(role, key, planned.args);
        actual = actionOutcome(response);
        const went = actual === "ok" || actual.startsWith("redirect:");
        // Read the change back before `accepted` undoes it for the next role.
        if (planned.wrote) {
          const wrote = await planned.wrote();
          if (went && !wrote) problem = "accepted, but its change cannot be read back";
          if (!went && wrote) problem = "refused, yet the change was written";
        }
        if (went) await planned.accepted?.(actual === "ok" ? (response.result as { data?: unknown } | undefined)?.data : undefined);
      } catch (error) {
        record(`action ${row.name}`, role, row.expect[role], "error", String(error));
        continue;
      }
      record(`action ${row.name}`, role, row.expect[role], actual, problem);
    }
  }

  const pages = MATRIX.filter((r) => r.kind === "page").length;
  const routes = MATRIX.filter((r) => r.kind === "route").length;
  const failed = checks.filter((c) => c.problem);
  const readBacks = actions.filter((row) => ACTION_CALLS[`${row.module}#${row.name}`]).length;
  console.log(
    `matrix: ${pages} pages + ${routes} routes + ${actions.length} actions = ${MATRIX.length} rows × ${ROLES.length} roles = ` +
      `${MATRIX.length * ROLES.length} checks, ${checks.length - failed.length} passed, ${failed.length} failed (${readBacks} actions called)`,
  );
  await close();
  expect(failed, "cells that do not hold").toEqual([]);
});
