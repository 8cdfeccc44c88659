import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** Only this hash is stored: a leaked table row cannot be turned back into a working link. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// 32 random bytes: guessing a link is hopeless, so the token itself is the only secret.
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}
