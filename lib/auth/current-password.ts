import "server-only";
import { headers } from "next/headers";
import { findPasswordHash } from "@/db/queries/users";
import type { FieldErrorCode } from "@/lib/validation/error-codes";
import { verifyPassword } from "./password";
import type { SessionUser } from "./session";
import { clientIp, noteFailedSignIn, signInLockSeconds } from "./sign-in-throttle";

/**
 * Re-checks the signed-in user's password before a change to the account. A borrowed session
 * must not become a way to guess it, so sign-in's limits apply and a wrong one counts.
 */
export async function currentPasswordProblem(user: SessionUser, password: string): Promise<FieldErrorCode | null> {
  const ip = clientIp(await headers());
  if ((await signInLockSeconds(user.email, ip)) > 0) return "locked";
  if (await verifyPassword(await findPasswordHash(user.id), password)) return null;
  await noteFailedSignIn(user.email, ip);
  return "wrong_password";
}
