"use server";

import { redirect } from "next/navigation";
import { createUser } from "@/db/queries/users";
import { signIn } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/safe-next";
import { hashPassword } from "@/lib/auth/password";
import type { FieldErrorMap } from "@/lib/errors";
import type { ActionResult } from "./safe-action";
import { toFieldErrors } from "./safe-action";
import { signUpSchema } from "@/lib/validation/auth";

export async function signUpAction(raw: unknown, next?: unknown): Promise<ActionResult<never>> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, formError: "validation", fieldErrors: toFieldErrors(parsed.error) };
  const { name, email, password } = parsed.data;
  const id = await createUser({ name, email, passwordHash: await hashPassword(password) });
  if (!id) return { ok: false, formError: "validation", fieldErrors: { email: "email_taken" } satisfies FieldErrorMap };
  await signIn("credentials", { email, password, redirect: false });
  redirect(safeNextPath(next));
}
