import "server-only";
import { recordFailure, secondsLocked, type ThrottleRule } from "@/db/queries/auth-throttle";
import { normaliseEmail } from "@/db/queries/users";

// Every request counts, whether or not the address has an account, so being throttled tells
// nothing about who is registered. A few per address stop someone flooding a mailbox; an IP
// gets more room because offices and schools share one.
const FIFTEEN_MINUTES = 15 * 60;

function rulesFor(email: string, ip: string | null): ThrottleRule[] {
  const rules: ThrottleRule[] = [
    { key: `reset-email:${normaliseEmail(email)}`, maxFailures: 3, windowSeconds: FIFTEEN_MINUTES, lockSeconds: FIFTEEN_MINUTES },
  ];
  if (ip) rules.push({ key: `reset-ip:${ip}`, maxFailures: 20, windowSeconds: FIFTEEN_MINUTES, lockSeconds: FIFTEEN_MINUTES });
  return rules;
}

/** Counts one reset request; false when this address or network has asked too often lately. */
export async function allowResetRequest(email: string, ip: string | null): Promise<boolean> {
  const rules = rulesFor(email, ip);
  if ((await secondsLocked(rules.map((r) => r.key))) > 0) return false;
  await Promise.all(rules.map(recordFailure));
  return true;
}
