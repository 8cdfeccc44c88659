"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { addTags, hasTagSeparator, MAX_TAGS, splitTagText, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { CharacterCount } from "./character-count";
import { focusAfterRemoval } from "./focus-after-removal";
import { inputClass, type ControlProps } from "./field";

/**
 * A list of short entries (keywords, locations, pains...). Enter, a comma or a semicolon ends
 * an entry, and a pasted list (commas, semicolons, lines) becomes one chip per entry; each chip
 * has its own remove button so it works by keyboard. Entries over the list's limit are not
 * added, and the field says how many. Use it through react-hook-form's Controller: value is a
 * string[].
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
  /** Characters in one entry: longer ones are counted and refused by the schema, never cut. */
  maxLength?: number;
  disabled?: boolean;
  placeholder?: string;
}) {
  const t = useTranslations("tagInput");
  const [draft, setDraft] = useState("");
  const [refused, setRefused] = useState(0);
  const noticeId = useId();
  const countId = useId();
  const items = value ?? [];
  // A ready-made choice shows as its ticked box only; the chips list what was typed.
  const typed = items.filter((item) => !suggestions.some((s) => s.value === item));
  // Typing a ready-made choice's name ticks its box instead of adding a second copy as text.
  const asChoice = (entry: string) =>
    suggestions.find((s) => [s.value, s.label].some((name) => name.toLocaleLowerCase() === entry.trim().toLocaleLowerCase()))?.value ??
    entry;

  const add = (text: string) => {
    const entries = splitTagText(text).map(asChoice);
    if (!entries.length) return;
    const next = addTags(items, entries, maxItems);
    setRefused(next.refused);
    if (next.items.length !== items.length) onChange(next.items);
  };
  const remove = (item: string) => {
    setRefused(0);
    onChange(items.filter((i) => i !== item));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add(draft);
      setDraft("");
    } else if (event.key === "Backspace" && !draft && typed.length) {
      remove(typed[typed.length - 1]!);
    }
  };
  // A text input drops the line breaks of pasted text, so a pasted list is split here.
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData("text");
    if (!hasTagSeparator(pasted)) return;
    event.preventDefault();
    add(`${draft}${pasted}`);
    setDraft("");
  };
  // A typed comma or semicolon ends the entry; handled on change rather than on keydown,
  // because mobile keyboards often report no key for it.
  const onType = (text: string) => {
    if (!hasTagSeparator(text)) return setDraft(text);
    const ended = text.slice(0, Math.max(text.lastIndexOf(","), text.lastIndexOf(";")) + 1);
    add(ended);
    setDraft(text.slice(ended.length));
  };
  const describedBy = [control["aria-describedby"], countId, refused ? noticeId : undefined].filter(Boolean).join(" ");

  return (
    <div className="space-y-2" data-removal-scope>
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
      {typed.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("added")}>
          {typed.map((item) => (
            <li key={item} className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-brand-800">
              {item}
              {disabled ? null : (
                <button
                  type="button"
                  onClick={(event) => {
                    const refocus = focusAfterRemoval(event.currentTarget);
                    remove(item);
                    refocus();
                  }}
                  aria-label={t("remove", { item })}
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
          aria-describedby={describedBy}
          value={draft}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => {
            // Leaving the field keeps what was typed instead of silently dropping it.
            if (draft.trim()) {
              add(draft);
              setDraft("");
            }
            onBlur?.();
          }}
          placeholder={placeholder ?? t("placeholder")}
          className={inputClass}
        />
      )}
      {disabled ? null : <CharacterCount id={countId} length={draft.trim().length} max={maxLength} />}
      <p id={noticeId} aria-live="polite" className="text-sm font-medium text-amber-800">
        {refused ? t("full", { max: maxItems, refused }) : null}
      </p>
    </div>
  );
}
