import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { LOCALES } from "./locales";

function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

// Top-level argument names only ("{name}", "{count, plural, ...}"), not words inside
// plural branches.
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\{\s*([A-Za-z_][\w]*)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  names.delete("");
  return [...names].sort();
}

describe("message files", async () => {
  const [first, ...others] = await Promise.all(LOCALES.map(async (locale) => ({ locale, keys: flatten(await loadMessages(locale)) })));

  it.each(others.map((o) => [first!.locale, o.locale, o] as const))("%s and %s have the same keys", (_a, _b, other) => {
    const missingInOther = [...first!.keys.keys()].filter((k) => !other.keys.has(k));
    const missingInFirst = [...other.keys.keys()].filter((k) => !first!.keys.has(k));
    expect({ [`missing in ${other.locale}`]: missingInOther, [`missing in ${first!.locale}`]: missingInFirst }).toEqual({
      [`missing in ${other.locale}`]: [],
      [`missing in ${first!.locale}`]: [],
    });
  });

  it("has no empty or placeholder strings", () => {
    for (const { locale, keys } of [first!, ...others]) {
      const blank = [...keys].filter(([, v]) => v.trim() === "" || v.startsWith("TODO")).map(([k]) => `${locale}:${k}`);
      expect(blank).toEqual([]);
    }
  });

  it("uses the same placeholders in every locale", () => {
    const mismatched: string[] = [];
    for (const [key, message] of first!.keys) {
      for (const other of others) {
        const translated = other.keys.get(key);
        if (translated !== undefined && placeholders(message).join() !== placeholders(translated).join()) mismatched.push(key);
      }
    }
    expect(mismatched).toEqual([]);
  });
});

describe("one vocabulary across the steps", () => {
  it.each(LOCALES)("steps 3 and 4 give each generation the same birth years in %s", async (locale) => {
    const messages = await loadMessages(locale);
    const step3: Record<string, string> = messages.demographics.generationOptions;
    const step4: Record<string, string> = messages.personas.generations;
    for (const [generation, label] of Object.entries(step3)) expect(step4[generation], generation).toBe(label);
  });
});
