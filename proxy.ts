import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, requestIdFor } from "./lib/log/request-id";
import { isForeignAction, isMalformedPath } from "./lib/security/request-guards";

/**
 * The Content-Security-Policy for one response. Scripts run only when they carry this
 * request's nonce, or when a script that did loads them ('strict-dynamic'), so an injected
 * inline script is refused. React needs eval only in development.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function refusal(status: 400 | 403, policy: string, requestId: string): NextResponse {
  const text = status === 400 ? "Bad request: this address cannot be read." : "Forbidden: this request came from another site.";
  const response = new NextResponse(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

// A fresh nonce per request. Next reads the policy from the request header and puts the
// nonce on its own bootstrap and chunk scripts; the browser reads it from the response.
// Every page is rendered per request (the root layout reads the locale cookie), so each
// page's scripts get the nonce of the response that carries them. The request id goes the
// same way: the server's logs tag their lines with it and the response hands it back.
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(makeNonce(), process.env.NODE_ENV === "development");
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  if (isMalformedPath(request.nextUrl.pathname)) return refusal(400, policy, requestId);
  if (isForeignAction(request.headers, request.method)) return refusal(403, policy, requestId);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Everything but the build's static files: pages, server actions, route handlers
  // (Auth.js, the plan download) and the not-found page all get the policy.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
