"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { inputClass, type ControlProps } from "./field";

/**
 * A list of short entries typed one at a time (keywords, locations, pains...). Enter or
 * a comma adds the entry; each chip has its own remove button so it works by keyboard.
 * Use it through react-hook-form's Controller: value is a string[].
 */
export function TagInput({
  control,
  value,
  onChange,
  onBlur,
  suggestions = [],
  maxItems = MAX_TAGS,
  maxLength = TAG_MAX_LENGTH,
  disabled = false,
  placeholder,
}: {
  control: ControlProps;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  suggestions?: readonly { value: string; label: string }[];
  maxItems?: number;
  maxLength?: number;
  disabled?: boolean;
  placeholder?: string;
}) {
  const t = useTranslations("tagInput");
  const [draft, setDraft] = useState("");
  const items = value ?? [];
  const labelFor = (item: string) => suggestions.find((s) => s.value === item)?.label ?? item;

  const add = (raw: string) => {
    const entry = raw.trim().slice(0, maxLength);
    if (!entry || items.length >= maxItems) return;
    if (items.some((i) => i.toLocaleLowerCase() === entry.toLocaleLowerCase())) return;
    onChange([...items, entry]);
  };
  const remove = (item: string) => onChange(items.filter((i) => i !== item));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(draft);
      setDraft("");
    } else if (event.key === "Backspace" && !draft && items.length) {
      remove(items[items.length - 1]!);
    }
  };

  return (
    <div className="space-y-2">
      {suggestions.length ? (
        <div className="flex flex-wrap gap-x-4 gap-y-1" role="group" aria-label={t("suggestions")}>
          {suggestions.map((s) => (
            <label key={s.value} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={items.includes(s.value)}
                disabled={disabled}
                onChange={(e) => (e.target.checked ? onChange([...items, s.value]) : remove(s.value))}
              />
              {s.label}
            </label>
          ))}
        </div>
      ) : null}
      {items.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("added")}>
          {items.map((item) => (
            <li key={item} className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-brand-800">
              {labelFor(item)}
              {disabled ? null : (
                <button
                  type="button"
                  onClick={() => remove(item)}
                  aria-label={t("remove", { item: labelFor(item) })}
                  className="rounded-full px-1.5 text-brand-800 hover:bg-brand-100"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {disabled ? null : (
        <input
          {...control}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // Leaving the field keeps what was typed instead of silently dropping it.
            if (draft.trim()) {
              add(draft);
              setDraft("");
            }
            onBlur?.();
          }}
          maxLength={maxLength}
          placeholder={placeholder ?? t("placeholder")}
          className={inputClass}
        />
      )}
    </div>
  );
}
