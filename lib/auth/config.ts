import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findUserForSignIn } from "@/db/queries/users";
import { loadEnv } from "@/lib/config/env";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { clientIp, noteFailedSignIn, noteSuccessfulSignIn, signInLockSeconds } from "./sign-in-throttle";

export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

// Lazy so that the secret (possibly generated on first start) is read at request time,
// not while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = loadEnv();
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    // Secure cookies whenever the production server runs; browsers accept them on
    // http://localhost. AUTH_INSECURE_COOKIES=1 is the escape hatch for plain-http hosts.
    useSecureCookies: process.env.NODE_ENV === "production" && env.AUTH_INSECURE_COOKIES !== "1",
    pages: { signIn: "/sign-in" },
    // A wrong password is an expected answer, not a server fault: keep it out of the error log.
    logger: {
      error(error: Error) {
        if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
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
          return { id: user.id, name: user.name, email: user.email };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
