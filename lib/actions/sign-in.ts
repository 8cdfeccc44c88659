"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, SignInLocked } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInSchema } from "@/lib/validation/auth";
import { toFieldErrors } from "./safe-action";
import { logFailure } from "@/lib/log/request-logger";

export type SignInResult = { ok: false; formError: "invalid_credentials" | "locked" | "unavailable"; fieldErrors?: Record<string, string> };

// Same message for an unknown email and a wrong password; the password is never echoed.
export async function signInAction(raw: unknown, next?: unknown): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, formError: "invalid_credentials", fieldErrors: toFieldErrors(parsed.error) };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof SignInLocked || (error instanceof AuthError && (error.cause as { err?: unknown })?.err instanceof SignInLocked)) {
      return { ok: false, formError: "locked" };
    }
    if (error instanceof AuthError) return { ok: false, formError: "invalid_credentials" };
    await logFailure("sign-in: unexpected failure", error);
    return { ok: false, formError: "unavailable" };
  }
  redirect(safeNextPath(next));
}
