import { readFileSync } from "node:fs";
import path from "node:path";
import { request, type APIResponse, type BrowserContext } from "@playwright/test";

/** Where an action can be called: its id in this build and a page whose bundle holds it. */
export interface ActionEndpoint {
  id: string;
  /** A page address, with {projectId} where the page needs one. */
  page: string;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

/** "app/(app)/projects/[projectId]/offerings/page" → "/projects/{projectId}/offerings". */
function workerToPath(worker: string): string | null {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/(^|\/)page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s));
  // A catch-all cannot be filled in; any other parameter routes to the page with a dummy value,
  // which is enough for Next to find the action in that page's bundle.
  if (segments.some((s) => s.startsWith("[..."))) return null;
  return "/" + segments.map((s) => (s === "[projectId]" ? "{projectId}" : s.startsWith("[") ? "matrix" : s)).join("/");
}

/**
 * Reads the build's server-reference manifest: "lib/actions/x.ts#name" → where to call it.
 * An action no page imports has no id, because no client can reach it.
 */
export function readActionEndpoints(root: string): Map<string, ActionEndpoint> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const file = path.join(root, distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const endpoints = new Map<string, ActionEndpoint>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const pages = Object.keys(entry.workers)
      .filter((w) => w.endsWith("/page") || w === "page")
      .map(workerToPath)
      .filter((p): p is string => p !== null)
      .sort((a, b) => a.length - b.length);
    if (pages[0]) endpoints.set(`${entry.filename}#${entry.exportedName}`, { id, page: pages[0] });
  }
  return endpoints;
}

/** What came back: the status, Next's action redirect, and the action's decoded return value. */
export interface ActionResponse {
  status: number;
  redirect: string | null;
  result: unknown;
}

/**
 * Splits a React Flight response into its rows ("id:json" lines, or "id:T<hex bytes>,text").
 * Lengths count bytes, so the scan works on the buffer.
 */
function flightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(":", at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString("utf8");
    if (body[colon + 1] === 0x54 /* T */) {
      const comma = body.indexOf(",", colon);
      const length = parseInt(body.subarray(colon + 2, comma).toString("utf8"), 16);
      rows.set(id, JSON.stringify(body.subarray(comma + 1, comma + 1 + length).toString("utf8")));
      at = comma + 1 + length;
      continue;
    }
    const end = body.indexOf("\n", colon);
    const stop = end < 0 ? body.length : end;
    rows.set(id, body.subarray(colon + 1, stop).toString("utf8"));
    at = stop + 1;
  }
  return rows;
}

function decode(value: unknown, rows: Map<string, string>, depth = 0): unknown {
  if (depth > 50) throw new Error("flight reference loop");
  if (typeof value === "string") {
    if (value === "$undefined") return undefined;
    if (value.startsWith("$$")) return value.slice(1);
    const ref = /^\$@?([0-9a-f]+)$/.exec(value);
    if (ref) {
      const row = rows.get(ref[1]!);
      if (row === undefined) throw new Error(`flight row ${ref[1]} missing`);
      return decode(JSON.parse(row), rows, depth + 1);
    }
    if (value.startsWith("$D")) return value.slice(2);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => decode(v, rows, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v, rows, depth + 1)]));
  }
  return value;
}

export function decodeActionResponse(status: number, headers: Record<string, string>, body: Buffer): ActionResponse {
  // Next sends a path, or a full address when the redirect came from Auth.js.
  const target = headers["x-action-redirect"]?.split(";")[0];
  const redirect = target ? new URL(target, "http://origin.invalid").pathname : null;
  if (status !== 200 || redirect) return { status, redirect, result: undefined };
  const rows = flightRows(body);
  const head = rows.get("0");
  if (!head) throw new Error(`no flight row 0 in: ${body.toString("utf8").slice(0, 300)}`);
  const { a } = JSON.parse(head) as { a?: unknown };
  return { status, redirect, result: decode(a, rows) };
}

/**
 * Calls a server action the way the browser does, with the caller's cookies and nothing
 * else: a fresh request context per call, so a session set or cleared by the action (sign
 * in, sign out) never leaks into the next call.
 */
export async function callAction(
  baseURL: string,
  cookie: string,
  endpoint: ActionEndpoint,
  projectId: string,
  args: unknown[],
  options: { timeout?: number } = {},
): Promise<ActionResponse> {
  const context = await request.newContext({ baseURL });
  try {
    const response: APIResponse = await context.post(endpoint.page.replace("{projectId}", projectId), {
      headers: {
        "Next-Action": endpoint.id,
        Origin: baseURL,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        ...(cookie ? { Cookie: cookie } : {}),
      },
      data: JSON.stringify(args),
      maxRedirects: 0,
      ...(options.timeout ? { timeout: options.timeout } : {}),
    });
    return decodeActionResponse(response.status(), response.headers(), await response.body());
  } finally {
    await context.dispose();
  }
}

/** Cookies as one Cookie header, as a browser sends them. */
export function joinCookies(cookies: readonly { name: string; value: string }[]): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** The cookies of a browser context as one header, to call actions and pages as that person. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return joinCookies(await context.cookies());
}

/** A GET as the caller, without following redirects. */
export async function getAs(
  baseURL: string,
  cookie: string,
  address: string,
): Promise<{ status: number; location: string | null; body: string }> {
  const context = await request.newContext({ baseURL });
  try {
    const response = await context.get(address, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 });
    const location = response.headers()["location"];
    return {
      status: response.status(),
      location: location ? new URL(location, baseURL).pathname : null,
      body: await response.text(),
    };
  } finally {
    await context.dispose();
  }
}
