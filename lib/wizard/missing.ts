/**
 * One thing a step still lacks before it counts as complete. `code` names a message under
 * `<step namespace>.missing.<code>`; `name` fills its {name} placeholder when the gap is
 * about one item (an offering without a persona, say).
 */
export interface MissingItem {
  code: string;
  name?: string;
}
