import * as z from "zod/mini";
import { existingPasswordField } from "./auth";
import { requiredText } from "./text";

/**
 * Deleting the account asks for the password (whoever holds an unlocked laptop cannot do it)
 * and for the email typed out (nobody does it by a slip). Whether the email matches is the
 * server's to say, since the form must not trust what the browser believes the address is.
 */
export const deleteAccountSchema = z.object({
  password: existingPasswordField,
  confirmation: requiredText(254),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
