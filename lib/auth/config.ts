import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { isSessionCurrent, revokeSession } from "@/db/queries/sessions";
import { findUserForSignIn } from "@/db/queries/users";
import { loadEnv } from "@/lib/config/env";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { clientIp, noteFailedSignIn, noteSuccessfulSignIn, signInLockSeconds } from "./sign-in-throttle";
import { logFailure } from "@/lib/log/request-logger";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/**
 * What the jwt callback learnt while checking one server-side auth() call. Auth.js catches
 * every error the callback throws and reports "no session", which would show a signed-in
 * person the sign-in page during a database outage; the error travels back here instead.
 */
interface SessionCheck {
  error?: unknown;
}
const sessionCheck = new AsyncLocalStorage<SessionCheck>();

/** The token's claims, or null for a cookie issued before sessions carried them. */
function claimsOf(token: JWT) {
  const { sub, sv, sid } = token;
  return typeof sub === "string" && typeof sv === "number" && typeof sid === "string" ? { userId: sub, version: sv, sessionId: sid } : null;
}

// Lazy so that the secret (possibly generated on first start) is read at request time,
// not while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = loadEnv();
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    // Secure cookies whenever the production server runs; browsers accept them on
    // http://localhost. AUTH_INSECURE_COOKIES=1 is the escape hatch for plain-http hosts.
    useSecureCookies: process.env.NODE_ENV === "production" && env.AUTH_INSECURE_COOKIES !== "1",
    pages: { signIn: "/sign-in" },
    // A wrong password is an expected answer, not a server fault: keep it out of the error log.
    logger: {
      error(error: Error) {
        if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
        void logFailure("auth: unexpected error", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        // Throttling lives here, not in the sign-in form's action, because the Auth.js
        // callback endpoint is public too and must be limited the same way.
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const ip = clientIp(request.headers);
          if ((await signInLockSeconds(email, ip)) > 0) throw new SignInLocked();
          const user = await findUserForSignIn(email);
          const valid = await verifyPassword(user?.passwordHash, password);
          if (!user || !valid) {
            await noteFailedSignIn(email, ip);
            return null;
          }
          await noteSuccessfulSignIn(email);
          return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // A fresh id per sign-in lets one device be signed out; the version lets all of them be.
      async jwt({ token, user }) {
        if (user?.id) return { ...token, sub: user.id, sv: user.sessionVersion ?? 0, sid: randomUUID() };
        const claims = claimsOf(token);
        if (!claims) return null;
        const check = sessionCheck.getStore();
        try {
          if (!(await isSessionCurrent(claims))) return null;
        } catch (error) {
          if (check) check.error = error;
          throw error;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      // Every way out (the header's button, Auth.js's own sign-out endpoint) ends up here.
      // A copy of the cookie refreshed elsewhere can expire at most one max age from now.
      async signOut(message) {
        const sessionId = "token" in message ? message.token?.sid : undefined;
        if (typeof sessionId === "string") await revokeSession(sessionId, new Date(Date.now() + SESSION_MAX_AGE * 1000));
      },
    },
  };
});

/** auth() for server code: null when signed out or revoked, and a failed check throws like any other query. */
export async function checkedAuth(): Promise<Session | null> {
  const check: SessionCheck = {};
  const session = await sessionCheck.run(check, () => auth());
  if (check.error) throw check.error;
  return session;
}
