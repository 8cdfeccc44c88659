// Requests the proxy answers itself, before Next would fail them with a bare 500.

/** A path Next cannot decode ("/projects/%ff/plan") would fail deep in routing with a bare 500. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A server action whose Origin is not the host it was sent to (or the one a proxy forwarded
 * for). Next refuses these too, but by throwing, which answers 500; this says 403 first. The
 * rule is Next's own: without an Origin (very old browsers) the call is left to Next.
 */
export function isForeignAction(headers: Headers, method: string): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}
