"use server";

import * as z from "zod/mini";
import { endAllSessions } from "@/db/queries/sessions";
import { signOut } from "@/lib/auth/config";
import { authedAction } from "./safe-action";

// Ends this device's session only: Auth.js's sign-out event revokes this cookie's id.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export const signOutEverywhereAction = authedAction(z.object({}), async (_, user) => {
  await endAllSessions(user.id);
  await signOut({ redirectTo: "/sign-in" });
});
