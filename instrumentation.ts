import type { Instrumentation } from "next";

// Fails the server at start-up, with a readable list of what is wrong, instead of at the
// first request that happens to need a missing variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { loadEnv } = await import("./lib/config/env");
    loadEnv();
  }
}

// Every error Next catches while serving (a page, an action, a route) as one JSON line with
// the request's id and the digest the error page shows the user, so a quoted reference leads
// straight to the line.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/log/logger");
  const { REQUEST_ID_HEADER } = await import("./lib/log/request-id");
  const { redactPath } = await import("./lib/log/redact-path");
  const id = request.headers[REQUEST_ID_HEADER];
  const failure = error as Error & { digest?: string };
  logger.error(
    {
      requestId: Array.isArray(id) ? id[0] : id,
      digest: failure.digest,
      method: request.method,
      // A share or invitation token in the address would let whoever reads the logs use it.
      path: redactPath(request.path),
      route: context.routePath,
      routeType: context.routeType,
      err: failure,
    },
    "request failed",
  );
};
