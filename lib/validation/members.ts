import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { emailField } from "./auth";

export const INVITABLE_ROLES = ["editor", "mentor"] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

const role = z.enum(INVITABLE_ROLES, fieldError("required"));
const id = z.uuid(fieldError("invalid"));

export const inviteSchema = z.object({
  // Lower-cased by the data layer, like users.email.
  email: emailField,
  role,
  anyEmail: z.boolean(),
});

export const invitationIdSchema = z.object({ invitationId: id });

export const memberSchema = z.object({ userId: id });

export const memberRoleSchema = z.object({ userId: id, role });

// Tokens are 43 base64url characters; the bound only keeps absurd input from being hashed.
export const acceptInvitationSchema = z.object({ token: z.string().check(z.minLength(1), z.maxLength(200)) });

export type InviteInput = z.infer<typeof inviteSchema>;
