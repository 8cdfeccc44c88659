import { SEASONED, YOUNG } from "./guitar-shop";
import type { ValueMapValues } from "./value-map";

// What each of the guitar shop's offerings does for its persona (step 4's value section).

export const YOUNG_VALUE: ValueMapValues = {
  importance: { [YOUNG.pains![0]!]: "Essential", [YOUNG.gains![0]!]: "Nice to have" },
  entries: [
    { kind: "product", text: "A solid-top guitar set up in the workshop", answers: [YOUNG.jobs![0]!], needs: [YOUNG.needs!] },
    { kind: "reliever", text: "Low action set by hand before delivery", answers: [YOUNG.pains![0]!] },
  ],
};

export const SEASONED_VALUE: ValueMapValues = {
  importance: { [SEASONED.pains![0]!]: "Essential" },
  entries: [
    { kind: "product", text: "A concert guitar built to his measurements", answers: [SEASONED.jobs![0]!], needs: [SEASONED.needs!] },
    { kind: "creator", text: "Neck profile carved from a cast of his hand", answers: [SEASONED.gains![0]!] },
  ],
};

/** The pain the seasoned musician's map leaves open until the test answers it. */
export const SEASONED_LATE_RELIEVER = {
  kind: "reliever" as const,
  text: "Quarter-sawn, two-year-seasoned necks with a carbon rod",
  answers: [SEASONED.pains![0]!],
};
