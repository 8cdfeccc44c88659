"use server";

import { redirect } from "next/navigation";
import { changePasswordHash } from "@/db/queries/users";
import { signIn } from "@/lib/auth/config";
import { currentPasswordProblem } from "@/lib/auth/current-password";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/auth";
import type { FieldErrorCode } from "@/lib/validation/error-codes";
import { authedAction } from "./safe-action";

const ACCOUNT_PATH = "/account";

const refuse = (code: FieldErrorCode) => new AppError("validation", { fieldErrors: { currentPassword: code } });

export const changePasswordAction = authedAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const problem = await currentPasswordProblem(user, currentPassword);
  if (problem) throw refuse(problem);
  // This voids every cookie, this browser's too; signing in again gives this one a fresh cookie.
  await changePasswordHash(user.id, await hashPassword(newPassword));
  await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
  // A redirect, not a result: Next re-renders the current page with the request's old
  // cookie header, which is now refused, but renders a redirect's target with the new one.
  redirect(`${ACCOUNT_PATH}?password=changed`);
});
