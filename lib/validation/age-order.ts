import * as z from "zod/mini";
import { fieldError } from "./error-codes";

/**
 * The youngest age may not be above the oldest (step 3's audience and each persona of step 4).
 * The message sits on the second age; it is checked as soon as both ages are valid numbers,
 * even while other fields still have errors, so the user sees it on the first try.
 */
export function ageOrder<T extends { ageMin: number | null; ageMax: number | null }>() {
  return z.refine<T>((v) => v.ageMin === null || v.ageMax === null || v.ageMin <= v.ageMax, {
    ...fieldError("age_order"),
    path: ["ageMax"],
    when: (payload) => {
      const value = payload.value as { ageMin?: unknown; ageMax?: unknown } | null;
      return (
        typeof value === "object" &&
        value !== null &&
        !payload.issues.some((issue) => issue.path?.[0] === "ageMin" || issue.path?.[0] === "ageMax") &&
        typeof value.ageMin === "number" &&
        typeof value.ageMax === "number"
      );
    },
  });
}
