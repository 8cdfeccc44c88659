import type { Messages } from "@/lib/i18n/load-messages";
import type { StepSlug } from "./steps";

/** What a step's completion rule may report: the keys of its `<slug>.missing` messages. */
export type MissingCode<S extends StepSlug = StepSlug> = S extends StepSlug ? keyof Messages[S]["missing"] & string : never;

/**
 * One thing a step still lacks before it counts as complete. `code` names a message under
 * `<step namespace>.missing.<code>`; `name` fills its {name} placeholder when the gap is
 * about one item (an offering without a persona, say).
 */
export interface MissingItem<S extends StepSlug = StepSlug> {
  code: MissingCode<S>;
  name?: string;
}

export type MissingMessageKey<S extends StepSlug = StepSlug> = S extends StepSlug ? `${S}.missing.${MissingCode<S>}` : never;

/**
 * The message key of a gap in step `slug`. Items are stored with the step's row, so a code
 * from an older release may no longer have a message: callers check `t.has` first.
 */
export function missingMessageKey<S extends StepSlug>(slug: S, item: MissingItem<S>): MissingMessageKey<S> {
  return `${slug}.missing.${item.code}` as MissingMessageKey<S>;
}
