import { describe, expect, it } from "vitest";
import { changePasswordSchema, PASSWORD_MAX, PASSWORD_MIN, signInSchema, signUpSchema } from "./auth";

function signUp(overrides: Record<string, unknown> = {}) {
  return signUpSchema.safeParse({ name: "Ana", email: "ana@example.com", password: "correct horse", ...overrides });
}

function messagesAt(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string): string[] {
  return (result.error?.issues ?? []).filter((i) => i.path.join(".") === field).map((i) => i.message);
}

describe("password rules (sign-up)", () => {
  it("uses 8 as the minimum and 128 as the maximum", () => {
    expect(PASSWORD_MIN).toBe(8);
    expect(PASSWORD_MAX).toBe(128);
  });

  it("rejects 7 characters as too short", () => {
    const result = signUp({ password: "a".repeat(7) });
    expect(result.success).toBe(false);
    expect(messagesAt(result, "password")).toEqual(["password_too_short"]);
  });

  it.each([8, 64, 128])("accepts %s characters", (length) => {
    const result = signUp({ password: "a".repeat(length) });
    expect(result.success).toBe(true);
    expect(result.data!.password).toHaveLength(length);
  });

  it("rejects 129 characters as too long", () => {
    const result = signUp({ password: "a".repeat(129) });
    expect(result.success).toBe(false);
    expect(messagesAt(result, "password")).toEqual(["password_too_long"]);
  });

  it("has no composition rules", () => {
    expect(signUp({ password: "correct horse battery staple" }).success).toBe(true);
    expect(signUp({ password: "aaaaaaaa" }).success).toBe(true);
    expect(signUp({ password: "12345678" }).success).toBe(true);
  });

  it("accepts unicode and emoji", () => {
    expect(signUp({ password: "contraseña señorita" }).success).toBe(true);
    expect(signUp({ password: "🔑🔑🔑🔑🔑🔑🔑🔑" }).success).toBe(true);
    expect(signUp({ password: "пароль-длинный" }).success).toBe(true);
  });

  it("keeps spaces in passwords (they are not trimmed)", () => {
    const result = signUp({ password: "  spaced out  " });
    expect(result.data!.password).toBe("  spaced out  ");
    // Eight characters only because of the spaces still counts as eight.
    expect(signUp({ password: "   ab   " }).success).toBe(true);
  });

  it("rejects a missing or non-string password", () => {
    expect(signUp({ password: undefined }).success).toBe(false);
    expect(signUp({ password: 12345678 }).success).toBe(false);
  });
});

describe("password rules (sign-in)", () => {
  it("accepts any non-empty password up to the maximum, even one shorter than the sign-up minimum", () => {
    expect(signInSchema.safeParse({ email: "ana@example.com", password: "short" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "ana@example.com", password: "a".repeat(128) }).success).toBe(true);
  });

  it("rejects an empty or overlong password", () => {
    const empty = signInSchema.safeParse({ email: "ana@example.com", password: "" });
    expect(empty.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "required"]]);
    const long = signInSchema.safeParse({ email: "ana@example.com", password: "a".repeat(129) });
    expect(long.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "password_too_long"]]);
  });
});

describe("email", () => {
  it("is trimmed", () => {
    expect(signUp({ email: "  ana@example.com \n" }).data!.email).toBe("ana@example.com");
    expect(signInSchema.parse({ email: "\tana@example.com ", password: "x" }).email).toBe("ana@example.com");
  });

  it.each(["ana", "ana@", "@example.com", "ana example@example.com", "ana@@example.com"])("rejects %j as invalid_email", (email) => {
    const result = signUp({ email });
    expect(result.success).toBe(false);
    expect(messagesAt(result, "email")).toEqual(["invalid_email"]);
  });

  it("rejects an empty or blank email as required", () => {
    expect(messagesAt(signUp({ email: "" }), "email")).toEqual(["required"]);
    expect(messagesAt(signUp({ email: "   " }), "email")).toEqual(["required"]);
  });

  it("rejects an email longer than 254 characters as too long", () => {
    const email = `${"a".repeat(64)}@${"b".repeat(190)}.com`;
    expect(messagesAt(signUp({ email }), "email")).toEqual(["too_long:254"]);
  });
});

describe("name", () => {
  it("is trimmed and required", () => {
    expect(signUp({ name: "  Ana  " }).data!.name).toBe("Ana");
    expect(messagesAt(signUp({ name: "   " }), "name")).toEqual(["required"]);
    expect(messagesAt(signUp({ name: "n".repeat(81) }), "name")).toEqual(["too_long:80"]);
  });
});

describe("change password", () => {
  const change = (overrides: Record<string, unknown> = {}) =>
    changePasswordSchema.safeParse({
      currentPassword: "x",
      newPassword: "a new passphrase",
      confirmPassword: "a new passphrase",
      ...overrides,
    });

  it("accepts any current password and a new one under the sign-up rules", () => {
    expect(change().success).toBe(true);
  });

  it("holds the new password to the sign-up length rules", () => {
    expect(messagesAt(change({ newPassword: "short", confirmPassword: "short" }), "newPassword")).toEqual(["password_too_short"]);
    const long = "a".repeat(PASSWORD_MAX + 1);
    expect(messagesAt(change({ newPassword: long, confirmPassword: long }), "newPassword")).toEqual(["password_too_long"]);
  });

  it("requires the current password", () => {
    expect(messagesAt(change({ currentPassword: "" }), "currentPassword")).toEqual(["required"]);
  });

  it("puts a mismatched confirmation on the confirmation field", () => {
    expect(messagesAt(change({ confirmPassword: "a new passphrasf" }), "confirmPassword")).toEqual(["passwords_differ"]);
  });
});
