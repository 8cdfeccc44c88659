import { getTranslations } from "next-intl/server";

/** Why the sign-in page was reached: a confirmed new address, or a reset that could not sign in on its own. */
export async function AccountChangedNotice({ email, password }: { email?: string; password?: string }) {
  const message =
    email === "changed"
      ? (await getTranslations("emailChange"))("changedSignIn")
      : password === "reset"
        ? (await getTranslations("passwordReset"))("signInAfterReset")
        : null;
  if (!message) return null;
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
      {message}
    </p>
  );
}
