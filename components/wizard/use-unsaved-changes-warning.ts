"use client";

import { useEffect } from "react";

// Set by an explicit "discard mine" choice, so the page does not ask a second time.
let leavingOnPurpose = false;

/** Runs `go` (a reload, say) without the unsaved-changes question: the user already chose. */
export function leaveWithoutWarning(go: () => void): void {
  leavingOnPurpose = true;
  go();
}

function isLeavingLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  // A jump to an anchor, or to another view of this page's form (other search params, which
  // the App Router renders without unmounting the form), loses nothing.
  return !(url.origin === window.location.origin && url.pathname === window.location.pathname);
}

/**
 * Asks before unsaved changes are lost: on closing or reloading the tab (the browser's own
 * prompt) and on following a link, which in the App Router is a client-side navigation
 * that beforeunload never sees.
 */
export function useUnsavedChangesWarning(active: boolean, message: string): void {
  useEffect(() => {
    if (!active) return;
    leavingOnPurpose = false;
    const warn = (event: BeforeUnloadEvent) => {
      if (leavingOnPurpose) return;
      event.preventDefault();
      event.returnValue = "";
    };
    // Capture phase on the document runs before React's handlers, so Next's <Link> never
    // starts the navigation when the user says no.
    const confirmLeave = (event: MouseEvent) => {
      if (leavingOnPurpose || !isLeavingLink(event) || window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", confirmLeave, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", confirmLeave, true);
    };
  }, [active, message]);
}
