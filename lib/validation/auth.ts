import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { requiredText } from "./text";

// OWASP ASVS 5 (V6.2): at least 8 characters, at least 64 allowed, no composition rules.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailField = z.pipe(
  z.string().check(z.trim(), z.minLength(1, fieldError("required")), z.maxLength(254, fieldError("too_long", 254))),
  z.email(fieldError("invalid_email")),
);

/** A password being chosen: the length rules apply. */
const newPasswordField = z
  .string()
  .check(z.minLength(PASSWORD_MIN, fieldError("password_too_short")), z.maxLength(PASSWORD_MAX, fieldError("password_too_long")));
/** A password being checked: any length it might have been chosen under. */
export const existingPasswordField = z
  .string()
  .check(z.minLength(1, fieldError("required")), z.maxLength(PASSWORD_MAX, fieldError("password_too_long")));

export const signUpSchema = z.object({
  name: requiredText(80),
  email: emailField,
  password: newPasswordField,
});

export const signInSchema = z.object({
  email: emailField,
  password: existingPasswordField,
});

/** A new password typed twice; check the object with `passwordsMatch`. */
export const newPasswordTwice = {
  newPassword: newPasswordField,
  confirmPassword: z.string().check(z.maxLength(PASSWORD_MAX, fieldError("password_too_long"))),
};

export const passwordsMatch = z.refine<{ newPassword: string; confirmPassword: string }>((v) => v.newPassword === v.confirmPassword, {
  ...fieldError("passwords_differ"),
  path: ["confirmPassword"],
});

export const changePasswordSchema = z.object({ currentPassword: existingPasswordField, ...newPasswordTwice }).check(passwordsMatch);

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
