import { exportAccount } from "@/db/queries/account-data";
import { getSessionUser } from "@/lib/auth/session";
import { accountExportFilename, contentDisposition } from "@/lib/export/export-filename";

// Reads the session cookie and the database on every call: never prerendered or cached.
export const dynamic = "force-dynamic";

/**
 * GET /account/export: everything Perfila holds about the signed-in user, as one JSON file.
 * There is no id in the address: whoever asks gets their own account's data and nobody else's.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await getSessionUser();
  if (!user) return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(url.pathname)}`, url), 303);
  const now = new Date();
  const data = await exportAccount({ actor: user, now });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": contentDisposition(accountExportFilename(now)),
      // Personal data: no shared cache may keep a copy.
      "Cache-Control": "private, no-store",
    },
  });
}
