// Addresses whose second part is a secret: a read-only link's token opens the plan, an
// invitation's lets someone join. Logs keep the route and drop the token, so whoever reads
// the logs cannot open what the address opened.
const TOKEN_PATH = /^\/(share|invite)\/[^/?#]+/;

/** The path as logs may keep it: `/share/[token]` instead of the token itself. */
export function redactPath(path: string): string {
  return path.replace(TOKEN_PATH, "/$1/[token]");
}
