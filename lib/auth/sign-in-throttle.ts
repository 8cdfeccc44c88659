import "server-only";
import { clearFailures, recordFailure, secondsLocked, type ThrottleRule } from "@/db/queries/auth-throttle";
import { normaliseEmail } from "@/db/queries/users";

// An email is locked after a handful of failures (guessing one account); an address
// gets more room because offices and schools share one IP.
const FIFTEEN_MINUTES = 15 * 60;

function rulesFor(email: string, ip: string | null): ThrottleRule[] {
  const rules: ThrottleRule[] = [
    { key: `email:${normaliseEmail(email)}`, maxFailures: 5, windowSeconds: FIFTEEN_MINUTES, lockSeconds: FIFTEEN_MINUTES },
  ];
  if (ip) rules.push({ key: `ip:${ip}`, maxFailures: 50, windowSeconds: FIFTEEN_MINUTES, lockSeconds: FIFTEEN_MINUTES });
  return rules;
}

export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}

export async function signInLockSeconds(email: string, ip: string | null): Promise<number> {
  return secondsLocked(rulesFor(email, ip).map((r) => r.key));
}

export async function noteFailedSignIn(email: string, ip: string | null): Promise<void> {
  await Promise.all(rulesFor(email, ip).map(recordFailure));
}

export async function noteSuccessfulSignIn(email: string): Promise<void> {
  await clearFailures(`email:${normaliseEmail(email)}`);
}
