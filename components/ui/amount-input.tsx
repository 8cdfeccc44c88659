"use client";

import { useLocale } from "next-intl";
import { useState, type Ref } from "react";
import { displayAmount } from "@/lib/i18n/numbers";
import { inputClass, type ControlProps } from "./field";

/**
 * An amount of money typed the reader's way ("1.500,50" in Spanish, "1,500.50" in English).
 * The form keeps the text as typed (the schema reads either style); out of focus the field
 * shows it in the reader's format, so a saved "1500.00" reads "1.500,00" in Spanish. Use it
 * through react-hook-form's Controller: value is a string.
 */
export function AmountInput({
  control,
  value,
  onChange,
  onBlur,
  inputRef,
  readOnly,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef?: Ref<HTMLInputElement>;
  readOnly?: boolean;
}) {
  const locale = useLocale();
  // What is being typed, while the field has the focus: reformatting under the caret would
  // move it and fight the typist.
  const [draft, setDraft] = useState<string>();
  return (
    <input
      {...control}
      ref={inputRef}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={draft ?? displayAmount(value ?? "", locale)}
      onFocus={() => setDraft(displayAmount(value ?? "", locale))}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(e.target.value);
      }}
      onBlur={() => {
        setDraft(undefined);
        onBlur();
      }}
      readOnly={readOnly}
      className={inputClass}
    />
  );
}
