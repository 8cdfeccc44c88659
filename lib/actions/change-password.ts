"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePasswordHash, findPasswordHash } from "@/db/queries/users";
import { signIn } from "@/lib/auth/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clientIp, noteFailedSignIn, signInLockSeconds } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/auth";
import type { FieldErrorCode } from "@/lib/validation/error-codes";
import { authedAction } from "./safe-action";

const ACCOUNT_PATH = "/account";

const refuse = (code: FieldErrorCode) => new AppError("validation", { fieldErrors: { currentPassword: code } });

export const changePasswordAction = authedAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  // A borrowed session must not become a way to guess the password: sign-in's limits apply.
  const ip = clientIp(await headers());
  if ((await signInLockSeconds(user.email, ip)) > 0) throw refuse("locked");
  if (!(await verifyPassword(await findPasswordHash(user.id), currentPassword))) {
    await noteFailedSignIn(user.email, ip);
    throw refuse("wrong_password");
  }
  // This voids every cookie, this browser's too; signing in again gives this one a fresh cookie.
  await changePasswordHash(user.id, await hashPassword(newPassword));
  await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
  // A redirect, not a result: Next re-renders the current page with the request's old
  // cookie header, which is now refused, but renders a redirect's target with the new one.
  redirect(`${ACCOUNT_PATH}?password=changed`);
});
