"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/**
 * The phone header's menu: a disclosure button and the panel it shows. It remembers the page
 * it was opened on, so following one of its links closes it; Escape closes it too and puts
 * focus back on the button, as a keyboard user expects from a menu.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpenOn(null);
    button.current?.focus();
  };
  return (
    <div onKeyDown={onKeyDown} className="relative sm:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800"
      >
        <span aria-hidden="true">☰</span>
        {label}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-40 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-4 text-sm shadow-lg"
      >
        {children}
      </div>
    </div>
  );
}
