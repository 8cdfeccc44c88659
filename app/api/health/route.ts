// A route handler that does nothing: a health check for load balancers, and the baseline
// `npm run bench` compares every page against. It touches neither the session nor the
// database, so a 200 means only that the server answers.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
