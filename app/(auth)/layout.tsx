import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getSessionUser } from "@/lib/auth/session";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await getSessionUser()) redirect("/projects");
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
    </>
  );
}
