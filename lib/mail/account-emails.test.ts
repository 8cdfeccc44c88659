import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { findUserForSignIn, createUser } from "@/db/queries/users";
import { confirmEmailChangeAction, requestEmailChangeAction } from "@/lib/actions/email-change";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/password-reset";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { rejection } from "@/lib/testing/app-errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { linkIn, startSmtpInbox, type SmtpInbox } from "@/lib/testing/smtp-inbox";

// The actions run as in a request: these stand in for its headers and cookie, for the work
// Next runs once the answer is sent (`after`), and for the catalogue's English wording.
const request = vi.hoisted(() => ({ ip: "", cookie: "", afterwards: [] as (() => unknown)[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.ip, cookie: request.cookie, host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/server", async (original) => ({
  ...(await original<object>()),
  after: (task: () => unknown) => request.afterwards.push(task),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/load-messages");
  const messages = await loadMessages("en");
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }) };
});

const SECRET = "test-secret-that-is-long-enough-for-auth-js-0123456789";
const ORIGIN = "https://perfila.example";
let inbox: SmtpInbox;

// Before anything reads the configuration, which is read once per process.
beforeAll(async () => {
  inbox = await startSmtpInbox();
  vi.stubEnv("SMTP_URL", inbox.url);
  vi.stubEnv("APP_URL", ORIGIN);
  vi.stubEnv("AUTH_SECRET", SECRET);
});

afterAll(async () => {
  await inbox?.close();
});

beforeEach(() => {
  // A network of its own per test, so that one test's requests never throttle another's.
  request.ip = `test-${randomUUID()}`;
  request.cookie = "";
  request.afterwards = [];
});

async function runAfterwards() {
  const tasks = request.afterwards.splice(0);
  for (const task of tasks) await task();
}

/** Where a redirect thrown by an action points. */
async function redirectOf(promise: Promise<unknown>): Promise<string | undefined> {
  const digest = ((await rejection(promise)) as { digest?: string } | undefined)?.digest ?? "";
  return digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

async function account(password = "old passphrase") {
  const email = `mail-${randomUUID()}@example.test`;
  const id = (await createUser({ name: "Rosa", email, passwordHash: await hashPassword(password) }))!;
  return { id, email, password };
}

async function signInWorks(email: string, password: string): Promise<boolean> {
  return verifyPassword((await findUserForSignIn(email))?.passwordHash, password);
}

describeEachDatabase("password reset and email change, through a real SMTP server", () => {
  it("answers alike for an unknown address and emails a working, single-use link to an account", async () => {
    const rosa = await account();
    const unknown = `nobody-${randomUUID()}@example.test`;
    const forRosa = await requestPasswordResetAction({ email: rosa.email.toUpperCase() });
    const forNobody = await requestPasswordResetAction({ email: unknown });
    expect(forRosa).toEqual({ ok: true, data: { email: rosa.email.toUpperCase() } });
    expect(forNobody).toEqual({ ok: true, data: { email: unknown } });
    // Nothing is looked up or sent before the answer has gone.
    expect(inbox.to(rosa.email)).toEqual([]);
    await runAfterwards();
    expect(inbox.to(unknown)).toEqual([]);
    const [mail] = inbox.to(rosa.email);
    expect(mail?.subject).toBe("Reset your Perfila password");

    const token = linkIn(mail, `${ORIGIN}/reset-password/`).split("/").pop()!;
    const values = { token, newPassword: "a fresh passphrase", confirmPassword: "a fresh passphrase" };
    expect(await redirectOf(resetPasswordAction(values))).toBe("/account?password=changed");
    expect(await signInWorks(rosa.email, "a fresh passphrase")).toBe(true);
    expect(await signInWorks(rosa.email, rosa.password)).toBe(false);

    const again = { ...values, newPassword: "third passphrase", confirmPassword: "third passphrase" };
    expect(await resetPasswordAction(again)).toEqual({ ok: true, data: { ok: false, reason: "used" } });
    expect(await signInWorks(rosa.email, "a fresh passphrase")).toBe(true);
  });

  it("refuses bad input on the field and sends nothing", async () => {
    expect(await requestPasswordResetAction({ email: "not an address" })).toEqual({
      ok: false,
      formError: "validation",
      fieldErrors: { email: "invalid_email" },
    });
    const mismatch = await resetPasswordAction({ token: "whatever", newPassword: "a fresh passphrase", confirmPassword: "another one" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "passwords_differ" } });
    expect(request.afterwards).toEqual([]);
  });

  it("throttles an address after three requests, whether or not it has an account", async () => {
    const rosa = await account();
    const unknown = `nobody-${randomUUID()}@example.test`;
    for (const email of [rosa.email, unknown]) {
      for (let i = 0; i < 3; i++) expect(await requestPasswordResetAction({ email })).toMatchObject({ ok: true });
      expect(await requestPasswordResetAction({ email })).toEqual({ ok: false, formError: "throttled" });
    }
    await runAfterwards();
    expect(inbox.to(rosa.email)).toHaveLength(3);
  });

  it("changes the address only from the link sent to it, and tells the old one", async () => {
    const rosa = await account();
    const token = await encode({
      token: { sub: rosa.id, sv: 0, sid: randomUUID(), email: rosa.email, name: "Rosa" },
      secret: SECRET,
      salt: "authjs.session-token",
    });
    request.cookie = `authjs.session-token=${token}`;
    const newEmail = `new-${randomUUID()}@example.test`;

    const wrong = await requestEmailChangeAction({ newEmail, currentPassword: "not my password" });
    expect(wrong).toEqual({ ok: false, formError: "validation", fieldErrors: { currentPassword: "wrong_password" } });
    expect(await requestEmailChangeAction({ newEmail, currentPassword: rosa.password })).toEqual({ ok: true, data: { newEmail } });
    expect(inbox.to(rosa.email)).toEqual([]);
    const [confirmation] = inbox.to(newEmail);
    expect(confirmation?.subject).toBe("Confirm your new Perfila email address");
    expect(await findUserForSignIn(newEmail)).toBeUndefined();

    request.cookie = "";
    const link = linkIn(confirmation, `${ORIGIN}/confirm-email/`);
    const confirm = { token: link.split("/").pop()! };
    expect(await redirectOf(confirmEmailChangeAction(confirm))).toBe("/sign-in?email=changed");
    await runAfterwards();
    const [notice] = inbox.to(rosa.email);
    expect(notice?.subject).toBe("Your Perfila email address was changed");
    expect(notice?.text).toContain(`n•••@example.test`);

    expect(await signInWorks(newEmail, rosa.password)).toBe(true);
    expect(await findUserForSignIn(rosa.email)).toBeUndefined();
    expect(await confirmEmailChangeAction(confirm)).toEqual({ ok: true, data: { ok: false, reason: "used" } });
  });
});
