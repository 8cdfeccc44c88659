import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { ERROR_MESSAGE_CODES, FIELD_ERROR_CODES, fieldError, fieldIssue, isErrorMessageCode, readErrorMessage } from "./error-codes";

describe("error codes", () => {
  it.each(LOCALES)("each has its own sentence in %s, and each sentence under errors has a code", async (locale) => {
    const errors: Record<string, string> = (await loadMessages(locale)).errors;
    expect(Object.keys(errors).sort()).toEqual([...ERROR_MESSAGE_CODES].sort());
    for (const code of ERROR_MESSAGE_CODES) expect(errors[code]?.trim(), `${locale}: errors.${code}`).toBeTruthy();
  });

  it("are each listed once, a field's apart from a form's", () => {
    expect(new Set(ERROR_MESSAGE_CODES).size).toBe(ERROR_MESSAGE_CODES.length);
    expect(FIELD_ERROR_CODES.filter((code) => (ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it("tells a known code from any other text", () => {
    expect(isErrorMessageCode("too_long")).toBe(true);
    expect(isErrorMessageCode("conflict")).toBe(true);
    expect(isErrorMessageCode("unreachable")).toBe(true);
    expect(isErrorMessageCode("requird")).toBe(false);
    expect(isErrorMessageCode("Invalid input: expected number, received string")).toBe(false);
  });

  it("reach zod's issues as the plain code, on the path given", () => {
    const schema = z.object({ name: z.string().check(z.minLength(1, fieldError("required"))), other: z.string() }).check(
      z.superRefine((value, ctx) => {
        if (value.other === "x") ctx.addIssue(fieldIssue("duplicate", ["other"]));
      }),
    );
    const issues = z.safeParse(schema, { name: "", other: "x" }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "required"],
      ["other", "duplicate"],
    ]);
  });

  it("carry a limit with the codes that name one, and only with those", () => {
    const schema = z.object({ name: z.string().check(z.maxLength(3, fieldError("too_long", 3))) });
    expect(z.safeParse(schema, { name: "four" }).error?.issues[0]?.message).toBe("too_long:3");
    expect(readErrorMessage("too_long:120")).toEqual({ code: "too_long", limit: 120 });
    expect(readErrorMessage("too_many:30")).toEqual({ code: "too_many", limit: 30 });
    expect(readErrorMessage("required")).toEqual({ code: "required" });
    for (const text of ["too_long", "required:3", "too_long:x", "too_long:1:2", "nope:3", "Invalid input"]) {
      expect(readErrorMessage(text), text).toBeUndefined();
    }
  });

  it.each(LOCALES)("name the limit in %s, written as the reader's language writes numbers", async (locale) => {
    const errors: Record<string, string> = (await loadMessages(locale)).errors;
    for (const code of ["too_long", "too_many"]) expect(errors[code], `${locale}: errors.${code}`).toContain("{max, number}");
  });

  it("refuse a misspelt code at compile time", () => {
    // @ts-expect-error -- "requird" is not a code: tsc fails if this line ever compiles.
    expect(fieldError("requird")).toEqual({ error: "requird" });
    // @ts-expect-error -- the same for an issue raised in a superRefine.
    expect(fieldIssue("unknwon_persona").message).toBe("unknwon_persona");
    // @ts-expect-error -- a limit's code without its limit could not say it.
    expect(fieldError("too_long")).toEqual({ error: "too_long" });
  });
});
