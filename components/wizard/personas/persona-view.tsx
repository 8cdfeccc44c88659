"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, type AnchorHTMLAttributes, type MouseEvent } from "react";
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
  // The view asked for last. The router changes the address only once the new page has
  // arrived, so an autosave answer in between must not read the address: it would take the
  // user back to the view they just left.
  const intended = useRef<PersonaView | undefined>(undefined);
  const rendered = useRef(view);
  const { personaId, section: shownSection } = view;
  useEffect(() => {
    rendered.current = { personaId, section: shownSection };
    // Arrived: from now on the address is right again (the Back button changes it directly).
    const asked = intended.current;
    if (asked && asked.personaId === personaId && asked.section === shownSection) intended.current = undefined;
  }, [personaId, shownSection]);
  const href = ({ personaId, section = "who" }: Partial<PersonaView>) =>
    personaId ? `${pathname}?persona=${encodeURIComponent(personaId)}${section === "who" ? "" : `&section=${section}`}` : pathname;
  return {
    view,
    href,
    /** The view the user is on or on the way to. */
    intended: (): PersonaView => intended.current ?? rendered.current,
    // Offline the router cannot fetch the page, and nothing is saved meanwhile, so the
    // address changes in place and the user can still move between sections.
    go: (next: Partial<PersonaView>) => {
      intended.current = { personaId: next.personaId, section: next.section ?? "who" };
      if (navigator.onLine) router.push(href(next), { scroll: false });
      else window.history.pushState(null, "", href(next));
    },
    replace: (next: Partial<PersonaView>) => {
      intended.current = { personaId: next.personaId, section: next.section ?? "who" };
      router.replace(href(next), { scroll: false });
    },
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
