import { NextResponse, type NextRequest } from "next/server";

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

// A fresh nonce per request. Next reads the policy from the request header and puts the
// nonce on its own bootstrap and chunk scripts; the browser reads it from the response.
// Every page is rendered per request (the root layout reads the locale cookie), so each
// page's scripts get the nonce of the response that carries them.
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(makeNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the build's static files: pages, server actions, route handlers
  // (Auth.js, the plan download) and the not-found page all get the policy.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
