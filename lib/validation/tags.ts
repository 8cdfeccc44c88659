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
