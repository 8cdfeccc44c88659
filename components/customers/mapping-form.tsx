"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/input-class";
import { MAPPED_FIELDS, REQUIRED_FIELDS, type MappedField, type MappingGuess } from "@/lib/customers/column-mapping";
import { DATE_ORDERS, DECIMAL_MARKS, type DateOrder, type DecimalMark } from "@/lib/customers/parse-values";

const PREVIEW_ROWS = 5;
const isRequired = (field: MappedField) => (REQUIRED_FIELDS as readonly string[]).includes(field);

/**
 * Which column feeds which field, how dates and decimals are written, and the first lines as
 * they will be read: the owner fixes the guess here before anything is checked or sent.
 */
export function MappingForm({
  headers,
  rows,
  mapping,
  errors,
  onChange,
}: {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  mapping: MappingGuess;
  /** Field path ("date", "extra.1") to a mapping error code. */
  errors: Record<string, string>;
  onChange: (mapping: MappingGuess) => void;
}) {
  const t = useTranslations("customers.mapping");
  const used = new Set<number>(MAPPED_FIELDS.flatMap((f) => (mapping[f] === undefined ? [] : [mapping[f]!])));
  const setField = (field: MappedField, value: string) => onChange({ ...mapping, [field]: value === "" ? undefined : Number(value) });
  const preview = MAPPED_FIELDS.filter((f) => mapping[f] !== undefined);
  const errorText = (path: string) =>
    errors[path] ? t(`errors.${errors[path] as "required" | "invalid" | "duplicate_column"}`) : undefined;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("title")}</legend>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {MAPPED_FIELDS.map((field) => {
          const id = `mapping-${field}`;
          const error = errorText(field);
          return (
            <div key={field}>
              <label htmlFor={id} className="block text-sm font-medium">
                {t(`fields.${field}`)}
                {isRequired(field) ? <span className="text-slate-600"> ({t("required")})</span> : null}
              </label>
              <select
                id={id}
                className={inputClass}
                value={mapping[field] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => setField(field, event.target.value)}
              >
                <option value="">{t("notInFile")}</option>
                {headers.map((header, index) => (
                  <option key={index} value={index}>
                    {header}
                  </option>
                ))}
              </select>
              {error ? (
                <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
        <div>
          <label htmlFor="mapping-date-order" className="block text-sm font-medium">
            {t("dateOrder")}
          </label>
          <select
            id="mapping-date-order"
            className={inputClass}
            value={mapping.dateOrder}
            onChange={(event) => onChange({ ...mapping, dateOrder: event.target.value as DateOrder })}
          >
            {DATE_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(`dateOrders.${order}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="mapping-decimal" className="block text-sm font-medium">
            {t("decimal")}
          </label>
          <select
            id="mapping-decimal"
            className={inputClass}
            value={mapping.decimal}
            onChange={(event) => onChange({ ...mapping, decimal: event.target.value as DecimalMark })}
          >
            {DECIMAL_MARKS.map((mark) => (
              <option key={mark} value={mark}>
                {t(`decimals.${mark}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {headers.some((_, i) => !used.has(i)) ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t("extra")}</legend>
          <p className="text-sm text-slate-600">{t("extraHelp")}</p>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {headers.map((header, index) =>
              used.has(index) ? null : (
                <label key={index} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={mapping.extra.includes(index)}
                    onChange={(event) =>
                      onChange({
                        ...mapping,
                        extra: event.target.checked ? [...mapping.extra, index] : mapping.extra.filter((i) => i !== index),
                      })
                    }
                  />
                  {header}
                </label>
              ),
            )}
          </div>
        </fieldset>
      ) : null}
      {preview.length ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("preview")}>
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-medium">{t("previewCaption", { count: Math.min(PREVIEW_ROWS, rows.length) })}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {preview.map((field) => (
                  <th key={field} scope="col" className="px-2 py-1">
                    {t(`fields.${field}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, PREVIEW_ROWS).map((row, r) => (
                <tr key={r} className="border-b border-slate-100">
                  {preview.map((field) => (
                    <td key={field} className="max-w-48 truncate px-2 py-1">
                      {row[mapping[field]!] ?? ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </fieldset>
  );
}
