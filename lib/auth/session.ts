import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { checkedAuth } from "./config";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

// cache(): the layouts and the page of one request share a single session decode and
// revocation check.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await checkedAuth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, name: user.name ?? user.email, email: user.email };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}
