import { checkDatabase } from "@/db/queries/readiness";
import { requestLogger } from "@/lib/log/request-logger";

// Asked by a load balancer before it sends users here: ready means the database answers.
// /api/health stays database-free, so "the process is up" and "it can serve" stay apart.
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;

export async function GET(): Promise<Response> {
  const result = await checkDatabase(TIMEOUT_MS);
  const headers = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };
  if (result.ready) return Response.json({ ready: true, database: "ok", ms: Math.round(result.ms) }, { headers });
  (await requestLogger()).warn({ reason: result.reason }, "readiness: the database did not answer");
  return Response.json({ ready: false, database: result.reason }, { status: 503, headers: { ...headers, "Retry-After": "5" } });
}
