"use server";

import { headers } from "next/headers";
import { deleteAccount } from "@/db/queries/delete-account";
import { signOut } from "@/lib/auth/config";
import { clientIp, noteFailedSignIn, signInLockSeconds } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { deleteAccountSchema } from "@/lib/validation/delete-account";
import { authedAction } from "./safe-action";

/** Where a deleted account lands: the home page, which says the account is gone. */
const ACCOUNT_DELETED_PATH = "/?account=deleted";

const isWrongPassword = (error: unknown) => error instanceof AppError && error.details?.fieldErrors?.password === "wrong_password";

export const deleteAccountAction = authedAction(deleteAccountSchema, async ({ password, confirmation }, user) => {
  // A borrowed session must not become a way to guess the password: sign-in's limits apply.
  const ip = clientIp(await headers());
  if ((await signInLockSeconds(user.email, ip)) > 0) throw new AppError("validation", { fieldErrors: { password: "locked" } });
  try {
    await deleteAccount({ actor: user, password, confirmation });
  } catch (error) {
    if (isWrongPassword(error)) await noteFailedSignIn(user.email, ip);
    throw error;
  }
  // The account is gone, so every cookie of it is refused already; this one is cleared too.
  await signOut({ redirectTo: ACCOUNT_DELETED_PATH });
});
