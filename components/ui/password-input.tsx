"use client";

import { useTranslations } from "next-intl";
import { useState, type InputHTMLAttributes } from "react";
import { inputClass } from "./field";

// Showing the password helps people type long passphrases; pasting is never blocked.
export function PasswordInput(props: InputHTMLAttributes<HTMLInputElement>) {
  const t = useTranslations("common");
  const [visible, setVisible] = useState(false);
  return (
    <div className="flex gap-2">
      <input {...props} type={visible ? "text" : "password"} className={inputClass} />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        aria-controls={props.id}
        className="shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-100"
      >
        {visible ? t("hidePassword") : t("showPassword")}
      </button>
    </div>
  );
}
