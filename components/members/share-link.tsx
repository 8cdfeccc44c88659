"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** The fresh invitation link, shown once: as selectable text, and with a button that copies it. */
export function ShareLink({ email, link, emailed }: { email: string; link: string; emailed: boolean }) {
  const t = useTranslations("members");
  return (
    <CopyableLink link={link} label={t("linkLabel", { email })}>
      {emailed ? t("emailed", { email }) : t("shareLink", { email })}
    </CopyableLink>
  );
}

/** A link to hand on by hand: what it is (`children`), the address, and a button that copies it. */
export function CopyableLink({ link, label, children }: { link: string; label: string; children: ReactNode }) {
  const t = useTranslations("members");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"copied" | "copyFailed">();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("copied");
    } catch {
      // No clipboard API (plain http on another host, old browser): leave the text selected.
      input.current?.select();
      setStatus("copyFailed");
    }
  };

  return (
    <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3">
      <p className="text-sm text-slate-800">{children}</p>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={id}
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono`}
        />
        <Button variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {status ? t(status) : null}
      </p>
    </div>
  );
}
