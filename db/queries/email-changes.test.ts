import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { emailChanges, users } from "../schema";
import { confirmEmailChange, EMAIL_CHANGE_TTL_MS, previewEmailChange, requestEmailChange } from "./email-changes";

describeEachDatabase("email changes", (getConnection) => {
  const db = () => getConnection().db;
  // Fixed instants: expiry is decided by the `now` passed in, never by today's date.
  const now = new Date("2026-03-02T09:00:00Z");
  const later = (ms: number) => new Date(now.getTime() + ms);
  const fresh = (label: string) => `${label}-${crypto.randomUUID()}@example.test`;

  async function account() {
    const email = fresh("old");
    const { id } = await createTestUser(db(), { name: "Rosa", email });
    return { id, email };
  }

  const user = async (id: string) =>
    (await db().select({ email: users.email, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id)))[0]!;

  const refusal = async (promise: Promise<unknown>) => (await expectAppError(promise, "validation")).details?.fieldErrors;

  it("refuses the current address and one another account uses, and changes nothing", async () => {
    const me = await account();
    const other = await account();
    expect(await refusal(requestEmailChange({ actor: me, newEmail: me.email.toUpperCase(), now }))).toEqual({ newEmail: "same_email" });
    expect(await refusal(requestEmailChange({ actor: me, newEmail: other.email, now }))).toEqual({ newEmail: "email_in_use" });
    expect(await db().select().from(emailChanges).where(eq(emailChanges.userId, me.id))).toEqual([]);
  });

  it("moves the account to the new address once, ending its sessions", async () => {
    const me = await account();
    const newEmail = fresh("new");
    const { token, expiresAt } = await requestEmailChange({ actor: me, newEmail: `  ${newEmail.toUpperCase()}`, now });
    expect(expiresAt).toEqual(later(EMAIL_CHANGE_TTL_MS));
    // Asking changes nothing yet; opening the link (the preview) neither.
    expect(await previewEmailChange({ token, now })).toEqual({ ok: true, newEmail });
    expect((await user(me.id)).email).toBe(me.email);

    expect(await confirmEmailChange({ token, now })).toEqual({ ok: true, name: "Rosa", oldEmail: me.email, newEmail });
    expect(await user(me.id)).toEqual({ email: newEmail, sessionVersion: 1 });
    expect(await confirmEmailChange({ token, now })).toEqual({ ok: false, reason: "used" });
    expect(await previewEmailChange({ token, now })).toEqual({ ok: false, reason: "used" });
  });

  it("keeps only the latest request usable, and refuses a link after a day", async () => {
    const me = await account();
    const first = await requestEmailChange({ actor: me, newEmail: fresh("first"), now });
    const second = await requestEmailChange({ actor: me, newEmail: fresh("second"), now });
    expect(await confirmEmailChange({ token: first.token, now })).toEqual({ ok: false, reason: "used" });
    expect(await confirmEmailChange({ token: second.token, now: later(EMAIL_CHANGE_TTL_MS) })).toEqual({ ok: false, reason: "expired" });
    expect(await confirmEmailChange({ token: "not-a-token", now })).toEqual({ ok: false, reason: "unknown" });
    expect(await user(me.id)).toEqual({ email: me.email, sessionVersion: 0 });
  });

  it("refuses to confirm an address someone signed up with in the meantime", async () => {
    const me = await account();
    const wanted = fresh("wanted");
    const { token } = await requestEmailChange({ actor: me, newEmail: wanted, now });
    await createTestUser(db(), { email: wanted });
    expect(await confirmEmailChange({ token, now })).toEqual({ ok: false, reason: "taken" });
    expect((await user(me.id)).email).toBe(me.email);
  });
});
