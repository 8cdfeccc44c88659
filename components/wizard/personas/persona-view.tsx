"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { isPersonaSection, type PersonaSectionSlug } from "./persona-sections";

/** What step 4 shows: the list of personas, or one persona at one of its sections. */
export interface PersonaView {
  personaId?: string;
  section: PersonaSectionSlug;
}

/**
 * The view lives in the address (`?persona=<id>&section=<slug>`), so a reload, a shared link
 * and the Back button land where the user was. Every persona is already in the form, which
 * stays mounted across views. Moving goes through the router rather than a bare
 * history.pushState: an autosave answer that re-renders the page would otherwise put back
 * the address the router last knew, and a reload would land on the list.
 */
export function usePersonaView() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const section = params.get("section");
  const view: PersonaView = {
    personaId: params.get("persona") ?? undefined,
    section: isPersonaSection(section) ? section : "who",
  };
  const href = ({ personaId, section = "who" }: Partial<PersonaView>) =>
    personaId ? `${pathname}?persona=${encodeURIComponent(personaId)}${section === "who" ? "" : `&section=${section}`}` : pathname;
  return {
    view,
    href,
    // Offline the router cannot fetch the page, and nothing is saved meanwhile, so the
    // address changes in place and the user can still move between sections.
    go: (next: Partial<PersonaView>) =>
      navigator.onLine ? router.push(href(next), { scroll: false }) : window.history.pushState(null, "", href(next)),
    replace: (next: Partial<PersonaView>) => router.replace(href(next), { scroll: false }),
  };
}

/** A link to another view of the step: a real link (new tab, copy address), followed in place. */
export function ViewLink({ onFollow, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; onFollow: () => void }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onFollow();
  };
  return <a {...props} onClick={follow} />;
}
