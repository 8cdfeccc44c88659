import { expect, type Locator } from "@playwright/test";

// Step 4's value section, as an owner reads it: groups by their headings, entries by their labels.

export type ValueKind = "product" | "reliever" | "creator";
export type ImportanceLabel = "Essential" | "Important" | "Nice to have";

export interface ValueEntryValues {
  kind: ValueKind;
  text: string;
  /** Items of the persona's jobs, pains or gains (by kind) that the entry answers. */
  answers?: string[];
  /** Lines of the persona's needs that the entry meets. */
  needs?: string[];
}

export interface ValueMapValues {
  importance?: Record<string, ImportanceLabel>;
  entries: ValueEntryValues[];
}

const GROUP: Record<ValueKind, string> = { product: "Products and services", reliever: "Pain relievers", creator: "Gain creators" };
const ADD: Record<ValueKind, string> = {
  product: "Add a product or service",
  reliever: "Add a pain reliever",
  creator: "Add a gain creator",
};
const ANSWERS: Record<ValueKind, string> = { product: "Jobs it serves", reliever: "Pains it relieves", creator: "Gains it creates" };

/** The value map's group of one kind. */
export function valueGroup(editor: Locator, kind: ValueKind): Locator {
  return editor.getByRole("region", { name: GROUP[kind], exact: true });
}

/** The fit summary at the top of the value section. */
export function fitPanel(editor: Locator): Locator {
  return editor.getByRole("region", { name: "Fit with this persona" });
}

export async function rank(editor: Locator, item: string, level: ImportanceLabel): Promise<void> {
  await editor.getByLabel(`How much “${item}” matters`).selectOption({ label: level });
}

/** Adds one entry at the end of its group, with its text and ticks. */
export async function addValueEntry(editor: Locator, entry: ValueEntryValues): Promise<void> {
  const group = valueGroup(editor, entry.kind);
  const before = await group.getByRole("listitem").count();
  await group.getByRole("button", { name: ADD[entry.kind] }).click();
  const item = group.getByRole("listitem").nth(before);
  await item.getByLabel(`What you offer (${before + 1})`).fill(entry.text);
  for (const answer of entry.answers ?? [])
    await item.getByRole("group", { name: ANSWERS[entry.kind] }).getByRole("checkbox", { name: answer, exact: true }).check();
  for (const need of entry.needs ?? [])
    await item.getByRole("group", { name: "Needs it meets" }).getByRole("checkbox", { name: need, exact: true }).check();
}

/** Fills the value section of the persona open in `editor` (the section must be showing). */
export async function fillValueMap(editor: Locator, values: ValueMapValues): Promise<void> {
  for (const [item, level] of Object.entries(values.importance ?? {})) await rank(editor, item, level);
  for (const entry of values.entries) await addValueEntry(editor, entry);
}

/** Checks the entries of the value section as stored (after a reload, say). */
export async function expectValueMap(editor: Locator, values: ValueMapValues): Promise<void> {
  for (const [item, level] of Object.entries(values.importance ?? {}))
    await expect(editor.getByLabel(`How much “${item}” matters`).locator("option:checked")).toHaveText(level);
  for (const kind of Object.keys(GROUP) as ValueKind[]) {
    const entries = values.entries.filter((e) => e.kind === kind);
    const group = valueGroup(editor, kind);
    await expect(group.getByRole("listitem")).toHaveCount(entries.length);
    for (const [i, entry] of entries.entries()) {
      const item = group.getByRole("listitem").nth(i);
      await expect(item.getByLabel(`What you offer (${i + 1})`)).toHaveValue(entry.text);
      for (const answer of entry.answers ?? [])
        await expect(item.getByRole("group", { name: ANSWERS[kind] }).getByRole("checkbox", { name: answer, exact: true })).toBeChecked();
    }
  }
}
