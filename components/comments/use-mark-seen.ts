"use client";

import { useEffect, useRef, type RefObject } from "react";
import { markCommentsSeenAction } from "@/lib/actions/comments";

/**
 * Marks the project's comments as seen once the panel has actually been on screen: the
 * header badge keeps counting until then, even if the page was opened.
 */
export function useMarkSeen(projectId: string, panel: RefObject<HTMLElement | null>, hasComments: boolean) {
  const done = useRef(false);
  useEffect(() => {
    const element = panel.current;
    if (!element || done.current || !hasComments) return;
    const observer = new IntersectionObserver((entries) => {
      if (done.current || !entries.some((entry) => entry.isIntersecting)) return;
      done.current = true;
      observer.disconnect();
      void markCommentsSeenAction(projectId, {});
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [projectId, panel, hasComments]);
}
