// The limits of every list edited as tags (step 2's digital profile, step 3's locations,
// genders and languages, a persona's goals, jobs, pains, gains and channels), kept in one
// place so the steps cannot drift apart again. No zod here: the tag input reads these in
// the browser.

/**
 * Entries one list may hold. Step 2 allowed 30 and steps 3 and 4 allowed 20: the larger
 * one was kept, so no list saved under either limit became invalid. Lowering it would.
 */
export const MAX_TAGS = 30;

/** Characters in one entry of a short tag list; a persona's list entries are sentences and allow more. */
export const TAG_MAX_LENGTH = 80;

/** Where one entry ends in typed or pasted text: the field's own examples are comma lists. */
const TAG_SEPARATOR = /[,;\r\n]/;

export function hasTagSeparator(text: string): boolean {
  return TAG_SEPARATOR.test(text);
}

/** "a, b; c\nd" → ["a", "b", "c", "d"]: entries trimmed, empty ones dropped. */
export function splitTagText(text: string): string[] {
  return text
    .split(TAG_SEPARATOR)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * `entries` added after `items`, skipping any already there (case aside), up to `maxItems`;
 * `refused` counts the new entries that did not fit, so the field can say so.
 */
export function addTags(items: readonly string[], entries: readonly string[], maxItems = MAX_TAGS): { items: string[]; refused: number } {
  const key = (entry: string) => entry.toLocaleLowerCase();
  const seen = new Set(items.map(key));
  const result = [...items];
  let refused = 0;
  for (const entry of entries) {
    if (seen.has(key(entry))) continue;
    seen.add(key(entry));
    if (result.length >= maxItems) refused += 1;
    else result.push(entry);
  }
  return { items: result, refused };
}
