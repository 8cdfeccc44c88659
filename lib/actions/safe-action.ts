import "server-only";
import { unstable_rethrow } from "next/navigation";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import type { $ZodError, $ZodType } from "zod/v4/core";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError, type ErrorCode, type ErrorDetails } from "@/lib/errors";
import { logFailure } from "@/lib/log/request-logger";

// zod/mini carries no locale: checks without an explicit code (the hidden version number, an
// invitation token) report English messages here as they did with classic zod, which
// registered this locale on its own.
z.config(en());

export type FieldErrors = Record<string, string>;

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; formError: ErrorCode; fieldErrors?: FieldErrors; details?: ErrorDetails };

/** One message per field path ("offerings.2.name"), matching react-hook-form's names. */
export function toFieldErrors(error: $ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "root";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * The caller's session, or a refusal. Reading it queries the database (revoked sessions), so
 * an outage there is answered as "unavailable, your changes are kept" like any other, rather
 * than failing the request, which the form would report as a server it could not reach.
 */
async function sessionOrRefusal(): Promise<{ user: SessionUser } | { refusal: { ok: false; formError: ErrorCode } }> {
  try {
    const user = await getSessionUser();
    return user ? { user } : { refusal: { ok: false, formError: "unauthenticated" } };
  } catch (error) {
    unstable_rethrow(error);
    await logFailure("action: the session check failed", error);
    return { refusal: { ok: false, formError: "unavailable" } };
  }
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    // Redirects and notFound() are control flow, not failures.
    unstable_rethrow(error);
    if (error instanceof AppError) {
      const { fieldErrors, ...rest } = error.details ?? {};
      const details = Object.keys(rest).length ? rest : undefined;
      return { ok: false, formError: error.code, ...(fieldErrors ? { fieldErrors } : {}), details };
    }
    // Database and driver errors are logged for us and reported to the user as a
    // temporary failure: their details help nobody outside.
    await logFailure("action: unexpected failure", error);
    return { ok: false, formError: "unavailable" };
  }
}

/**
 * Every server action is a public endpoint: this wrapper authenticates the caller and
 * validates the payload with the same zod schema as the form before any work runs.
 */
export function authedAction<S extends $ZodType, T>(schema: S, handler: (values: z.output<S>, user: SessionUser) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const session = await sessionOrRefusal();
    if ("refusal" in session) return session.refusal;
    const { user } = session;
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return { ok: false, formError: "validation", fieldErrors: toFieldErrors(parsed.error) };
    return run(() => handler(parsed.data, user));
  };
}

/** For what anybody may do without a session (asking for a reset link): validated, never authenticated. */
export function publicAction<S extends $ZodType, T>(schema: S, handler: (values: z.output<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return { ok: false, formError: "validation", fieldErrors: toFieldErrors(parsed.error) };
    return run(() => handler(parsed.data));
  };
}

export interface ProjectActionContext {
  user: SessionUser;
  projectId: string;
  /** The user has seen and accepted what a removal takes with it. */
  confirmRemovals: boolean;
  /** The browser's id for this save attempt, the same when it retries the same values. */
  saveId?: string;
}

// The options are public input like the values: anything but a uuid is refused.
const saveIdSchema = z.optional(z.uuid());

/** Like authedAction, for actions on one project; the project id travels apart from the form values. */
export function projectAction<S extends $ZodType, T>(
  schema: S,
  handler: (values: z.output<S>, context: ProjectActionContext) => Promise<T>,
) {
  return async (projectId: unknown, raw: unknown, options?: { confirmRemovals?: unknown; saveId?: unknown }): Promise<ActionResult<T>> => {
    const session = await sessionOrRefusal();
    if ("refusal" in session) return session.refusal;
    const { user } = session;
    if (typeof projectId !== "string") return { ok: false, formError: "not_found" };
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) return { ok: false, formError: "validation", fieldErrors: toFieldErrors(parsed.error) };
    const saveId = saveIdSchema.safeParse(options?.saveId ?? undefined);
    if (!saveId.success) return { ok: false, formError: "validation" };
    return run(() => handler(parsed.data, { user, projectId, confirmRemovals: options?.confirmRemovals === true, saveId: saveId.data }));
  };
}
