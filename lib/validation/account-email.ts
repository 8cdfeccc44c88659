import * as z from "zod/mini";
import { emailField, existingPasswordField, newPasswordTwice, passwordsMatch } from "./auth";

// Tokens are 43 base64url characters; the bound only keeps absurd input from being hashed.
const tokenField = z.string().check(z.minLength(1), z.maxLength(200));

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({ token: tokenField, ...newPasswordTwice }).check(passwordsMatch);

export const changeEmailSchema = z.object({ newEmail: emailField, currentPassword: existingPasswordField });

export const confirmEmailChangeSchema = z.object({ token: tokenField });

export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
