import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { REQUEST_ID_HEADER } from "./request-id";
import { logger } from "./logger";

/**
 * The logger for the request being served, tagged with the id the proxy gave it. Outside a
 * request (start-up, a script) there are no headers to read and the plain logger is used.
 */
export async function requestLogger(): Promise<Logger> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return id ? logger.child({ requestId: id }) : logger;
  } catch {
    return logger;
  }
}

/** Logs a failure the user was not shown as one (a mail that did not go, a fault answered "unavailable"). */
export async function logFailure(message: string, error: unknown): Promise<void> {
  (await requestLogger()).error({ err: error }, message);
}
