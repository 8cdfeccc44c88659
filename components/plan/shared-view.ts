import { cache } from "react";

// The plan's sections link each gap to the wizard step that fills it. Someone reading the plan
// through a read-only link has no account, so those links would lead to a sign-in page and
// name the project's id: the share page turns them off for its own render. A flag for the
// request rather than a prop, because the links sit several components deep in sections the
// members' plan page shares; React's cache() gives every request its own flag.
const view = cache((): { shared: boolean } => ({ shared: false }));

/** Called by the share page before it renders the plan. */
export function renderPlanAsShared(): void {
  view().shared = true;
}

/** True while the plan renders for a read-only link: no links into the wizard. */
export function isSharedPlanView(): boolean {
  return view().shared;
}
