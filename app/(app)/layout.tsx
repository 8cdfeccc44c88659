import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { requireUser } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-4 sm:py-8">
        {children}
      </main>
    </>
  );
}
