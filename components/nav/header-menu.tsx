"use client";

import { usePathname } from "next/navigation";
import { useRef, type KeyboardEvent, type ReactNode } from "react";

/**
 * The phone header's menu: a native disclosure, so it opens without waiting for JavaScript.
 * Keyed by the path, so following one of its links closes it; Escape closes it too and puts
 * focus back on its button, as a keyboard user expects from a menu.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  };
  return (
    <details key={pathname} ref={details} onKeyDown={onKeyDown} className="relative sm:hidden">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">☰</span>
        {label}
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-64 max-w-[calc(100vw-2rem)] space-y-3 rounded-md border border-slate-200 bg-white p-4 text-sm shadow-lg">
        {children}
      </div>
    </details>
  );
}
