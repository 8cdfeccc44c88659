import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { PROJECT_KINDS } from "@/lib/projects/kinds";
import { exampleKey } from "./examples";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const OFFERING_FIELDS = ["name", "category", "definition", "objective", "weight", "revenueShare", "tier", "audience"];

/** Every field that shows a help text in steps 1-5, as "<step>.<field>" (step 5: "<step>.<list>.<field>"). */
function fieldsWithHelp(messages: Tree): string[] {
  const help = [...leaves(messages).keys()];
  const stepFields = help.flatMap((key) => {
    const match = /^(competitors|demographics|personas)\.fields\.(\w+)\.help$/.exec(key);
    const row = /^integration\.fields\.(\w+)\.(\w+)\.help$/.exec(key);
    if (match) return [`${match[1]}.${match[2]}`];
    if (row) return [`integration.${row[1]}.${row[2]}`];
    return [];
  });
  return [...OFFERING_FIELDS.map((field) => `offerings.${field}`), ...stepFields];
}

/** The people of each business: a name from one kind showing up in another kind's set would mix businesses. */
function personaFirstNames(set: Map<string, string>): string[] {
  const named = ["personas.name", "integration.socialPlans.personaId"].map((key) => set.get(key) ?? "");
  return named.map((name) => name.split(/[ ,]/)[0]!);
}

describe("field examples per kind of business", async () => {
  const byLocale = await Promise.all(
    LOCALES.map(async (locale) => ({ locale, messages: (await loadMessages(locale)) as unknown as Tree })),
  );

  it.each(byLocale)("$locale: every kind has a non-empty example for every field of steps 1-5", ({ messages }) => {
    const examples = leaves(messages.examples as Tree);
    const missing = PROJECT_KINDS.flatMap((kind) =>
      fieldsWithHelp(messages)
        .map((field) => `${kind}.${field}`)
        .filter((key) => !examples.get(key)?.trim()),
    );
    expect(missing).toEqual([]);
  });

  it.each(byLocale)("$locale: every kind's set has exactly the fields of the neutral set", ({ messages }) => {
    const shape = (kind: string) => [...leaves((messages.examples as Tree)[kind] as Tree).keys()].sort();
    for (const kind of PROJECT_KINDS) expect(shape(kind), kind).toEqual(shape("other"));
  });

  it.each(byLocale)("$locale: each set stays with one business from step 1 to step 5", ({ messages }) => {
    const sets = new Map(PROJECT_KINDS.map((kind) => [kind, leaves((messages.examples as Tree)[kind] as Tree)]));
    for (const [kind, set] of sets) {
      // Step 5 plans for the personas of step 4 and the offering of step 1.
      const own = set.get("personas.name");
      expect([own, set.get("integration.socialPlans.personaId")], kind).toContain(set.get("integration.campaigns.personaIds"));
      expect(set.get("integration.contentIdeas.personaId"), kind).toBe(own);
      expect(set.get("integration.campaigns.offeringId"), kind).toBe(set.get("offerings.name"));
      expect(set.get("personas.description"), kind).toContain(personaFirstNames(set)[0]);
      // Nobody from another business appears in this one.
      const text = [...set.values()].join("\n");
      for (const [other, otherSet] of sets) {
        if (other === kind) continue;
        for (const name of personaFirstNames(otherSet))
          expect(text, `${other}'s ${name} in ${kind}`).not.toMatch(new RegExp(`\\b${name}\\b`, "u"));
      }
    }
  });

  it("builds the lookup key as <kind>.<step>.<field>", () => {
    expect(exampleKey("food", "offerings", "name")).toBe("food.offerings.name");
    expect(exampleKey("other", "integration", "campaigns.budget")).toBe("other.integration.campaigns.budget");
  });

  it("shows the food business's example for a food project", async () => {
    const en = byLocale.find((l) => l.locale === "en")!.messages;
    const examples = leaves(en.examples as Tree);
    expect(examples.get(exampleKey("food", "offerings", "name"))).toMatch(/catering/i);
    expect(examples.get(exampleKey("other", "offerings", "name"))).toMatch(/guitar/i);
  });
});
