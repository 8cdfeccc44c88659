/** The header that carries a request's id, from the proxy to the server code and back to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

// A load balancer's own id is kept when it looks like one, so one request can be followed
// across both logs; anything else (too long, odd characters) is replaced rather than logged.
const ACCEPTED = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFor(incoming: string | null): string {
  return incoming && ACCEPTED.test(incoming) ? incoming : crypto.randomUUID();
}
