// Signs in over HTTP through the real sign-in server action, then drives the server with
// autocannon's programmatic API and boils each run down to the figures the report prints.
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { decodeActionResponse, type ActionEndpoint } from "@/e2e/support/server-actions";

type ActionResult = { ok: boolean; data?: { version?: unknown }; details?: { currentVersion?: unknown } };

/** Signs in as the sign-in form does and returns the Cookie header the session needs. */
export async function signIn(baseURL: string, endpoint: ActionEndpoint, email: string, password: string): Promise<string> {
  const response = await fetch(new URL(endpoint.page, baseURL), {
    method: "POST",
    headers: { "Next-Action": endpoint.id, Origin: baseURL, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    body: JSON.stringify([{ email, password }, "/projects"]),
    redirect: "manual",
  });
  await response.arrayBuffer();
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => /session-token/.test(c)))
    throw new Error(`Sign-in as ${email} set no session cookie (HTTP ${response.status}).`);
  return cookies.join("; ");
}

/** Save responses that were not a successful save (autocannon only sees HTTP 200). */
export const failedSaves: string[] = [];

export interface LoadResult {
  name: string;
  path: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** rps as a share of the bare handler's in the same run, in percent. */
  share?: number;
  /** A GET's response body, uncompressed, in kB: what each request renders. */
  bodyKb?: number;
}

export interface LoadTarget {
  name: string;
  path: string;
  connections: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Builds each request's body and may change its path; context is one connection's own. */
  setupRequest?: autocannon.Request["setupRequest"];
  onResponse?: autocannon.Request["onResponse"];
  timeoutSeconds?: number;
  /** Slow targets run longer than BENCH_DURATION, so that some requests complete. */
  minDurationSeconds?: number;
  /** Called between the warm-up and the counted run. */
  beginMeasured?: () => void;
}

export async function load(baseURL: string, target: LoadTarget, durationSeconds: number): Promise<LoadResult> {
  const request: autocannon.Request = {
    method: target.method ?? "GET",
    path: target.path,
    ...(target.setupRequest ? { setupRequest: target.setupRequest } : {}),
    ...(target.onResponse ? { onResponse: target.onResponse } : {}),
  };
  const options = {
    url: baseURL,
    connections: target.connections,
    timeout: target.timeoutSeconds ?? 10,
    // Browsers ask for compression; autocannon sends no Accept-Encoding unless told to.
    headers: { "accept-encoding": "gzip", "accept-language": "en", ...target.headers },
    requests: [request],
  };
  let bodyKb: number | undefined;
  if (!target.method || target.method === "GET") {
    const body = await (await fetch(new URL(target.path, baseURL), { headers: target.headers })).arrayBuffer();
    bodyKb = body.byteLength / 1024;
    if (process.env.BENCH_DUMP) {
      mkdirSync("bench-results/pages", { recursive: true });
      writeFileSync(`bench-results/pages/${target.name.replace(/[^a-z0-9]+/gi, "-")}.html`, Buffer.from(body));
    }
  }
  // The first seconds after a start are cold: a separate warm-up run comes first, so that
  // its connections are gone (and their requests answered) before the counted run starts.
  await autocannon({ ...options, duration: Math.min(3, durationSeconds) } as autocannon.Options);
  await new Promise((resolve) => setTimeout(resolve, 500));
  target.beginMeasured?.();
  const result = await autocannon({ ...options, duration: durationSeconds } as autocannon.Options);
  const latency = result.latency as autocannon.Histogram & { p97_5: number };
  return {
    name: target.name,
    path: target.path,
    connections: target.connections,
    durationSeconds,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: latency.p50,
    p975: latency.p97_5,
    p99: latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bodyKb,
  };
}

/**
 * Saving step 3 over and over, each save on a project no other request is saving, with the
 * version that project's previous save returned, so a conflict is a real error rather than
 * two connections racing. autocannon clears a connection's context before every request,
 * so projects are checked out of a free list and returned when the answer arrives.
 */
export interface SaveTarget extends LoadTarget {
  /**
   * Per project, warm-up included: the markers of the saves sent, in order, and how many were
   * answered `ok`. A project's saves never overlap, so the n-th save applied is the n-th sent;
   * saves still in flight when a run ends are applied but never answered.
   */
  ledger: Map<string, { sent: string[]; ok: number }>;
}

export function demographicsSaveTarget(
  endpoint: ActionEndpoint,
  projectIds: string[],
  cookie: string,
  origin: string,
  connections = 16,
  name = "save step 3 (server action)",
): SaveTarget {
  const versions = new Map(projectIds.map((id) => [id, 1]));
  const ledger = new Map(projectIds.map((id) => [id, { sent: [] as string[], ok: 0 }]));
  let sequence = 0;
  // The warm-up saves the first half of the projects, the counted run the second half, so a
  // warm-up save still in flight when its connection closes cannot cause a conflict later.
  const half = Math.floor(projectIds.length / 2);
  let pool = projectIds.slice(0, half);
  let free = [...pool];
  let next = 0;
  type Context = { projectId?: string; marker?: string };
  return {
    name,
    ledger,
    path: endpoint.page.replace("{projectId}", projectIds[0]!),
    method: "POST",
    connections,
    // Uncompressed, so that onResponse can read the new version from the body.
    headers: {
      "accept-encoding": "identity",
      Cookie: cookie,
      Origin: origin,
      "Next-Action": endpoint.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    beginMeasured: () => {
      pool = projectIds.slice(half);
      free = [...pool];
      next = 0;
      failedSaves.length = 0;
    },
    setupRequest: (req, context) => {
      const ctx = context as Context;
      // A request that timed out never returns its project: then one is shared (and may conflict).
      ctx.projectId = free.shift() ?? pool[next++ % pool.length]!;
      ctx.marker = `save ${++sequence}`;
      ledger.get(ctx.projectId)!.sent.push(ctx.marker);
      const values = {
        version: versions.get(ctx.projectId)!,
        ageMin: 25,
        ageMax: 45,
        generations: ["millennials"],
        genders: ["women", "men"],
        locations: ["Granada", "Madrid"],
        household: "Couples and young families",
        occupation: "Musicians and teachers",
        economicLevel: "Middle income",
        educationLevel: "University",
        languages: ["Spanish", "English"],
        valuesAndCustoms: `Craft, tradition and live music (${ctx.marker})`,
      };
      return { ...req, path: endpoint.page.replace("{projectId}", ctx.projectId), body: JSON.stringify([ctx.projectId, values]) };
    },
    onResponse: (status, body, context, headers) => {
      const ctx = context as Context;
      if (pool.includes(ctx.projectId!) && !free.includes(ctx.projectId!)) free.push(ctx.projectId!);
      let result: ActionResult | undefined;
      try {
        result = decodeActionResponse(status, (headers ?? {}) as Record<string, string>, Buffer.from(body, "utf8")).result as
          ActionResult | undefined;
      } catch {
        // Not a Flight response: counted below.
      }
      if (result?.ok && typeof result.data?.version === "number") {
        ledger.get(ctx.projectId!)!.ok++;
        return void versions.set(ctx.projectId!, result.data.version);
      }
      // A refused save (conflict, validation) is an error; a conflict also says where to resume.
      const current = result?.details?.currentVersion;
      if (typeof current === "number") versions.set(ctx.projectId!, current);
      failedSaves.push(`HTTP ${status}: ${body.slice(0, 200)}`);
    },
  };
}
