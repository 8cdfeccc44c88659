const FALLBACK = "/projects";
const BASE = "http://perfila.invalid";

/**
 * Where to go after signing in or up. Only a path on this site: "//evil.example" or
 * "/\evil.example" would be read by browsers as another host, an open redirect.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !/^\/(?![\\/])/.test(next)) return FALLBACK;
  try {
    const url = new URL(next, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

/** A sign-in or sign-up address that comes back to `next` afterwards. */
export function withNext(path: "/sign-in" | "/sign-up", next: string | undefined): string {
  const target = next === undefined ? FALLBACK : safeNextPath(next);
  return target === FALLBACK ? path : `${path}?next=${encodeURIComponent(target)}`;
}
