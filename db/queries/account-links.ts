// Password resets and email changes: links sent by email that work once and for a while.

export type AccountLinkRefusal = "unknown" | "expired" | "used";

interface LinkRow {
  expiresAt: Date;
  usedAt: Date | null;
}

/** Why a stored link no longer works, or null while it does. */
export function linkRefusal(row: LinkRow | undefined, now: Date): AccountLinkRefusal | null {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= now) return "expired";
  return null;
}
