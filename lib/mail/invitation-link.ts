import "server-only";
import { headers } from "next/headers";
import { loadEnv } from "@/lib/config/env";

const ORIGIN = /^https?:\/\/[^/\s]+$/;

// APP_URL wins when set (a proxy may hide the public address); otherwise the address the
// owner is using right now, which Next has already checked against the host for actions.
export async function siteOrigin(): Promise<string> {
  const { APP_URL } = loadEnv();
  if (APP_URL) return APP_URL.replace(/\/$/, "");
  const request = await headers();
  const origin = request.get("origin");
  if (origin && ORIGIN.test(origin)) return origin;
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost:3000";
  const proto = request.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export async function invitationLink(token: string): Promise<string> {
  return `${await siteOrigin()}/invite/${token}`;
}
