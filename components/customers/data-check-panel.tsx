"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ISSUE_KINDS, OPTIONAL_ISSUE_KINDS, type DataCheck, type OptionalIssueKind } from "@/lib/customers/data-check";

const isOptional = (kind: string): kind is OptionalIssueKind => (OPTIONAL_ISSUE_KINDS as readonly string[]).includes(kind);
const HELPED = ["unreadable_date", "bad_amount", "future_date", "duplicate_line", "outlier"] as const;
const helped = (kind: string): kind is (typeof HELPED)[number] => (HELPED as readonly string[]).includes(kind);

/**
 * What is wrong with the file, kind by kind, with counts and the first lines at fault: the
 * owner sees it before anything is imported, and decides for the kinds that may be real.
 */
export function DataCheckPanel({
  check,
  exclude,
  onExcludeChange,
}: {
  check: DataCheck;
  exclude: Record<OptionalIssueKind, boolean>;
  onExcludeChange: (kind: OptionalIssueKind, excluded: boolean) => void;
}) {
  const t = useTranslations("customers.check");
  const format = useFormatter();
  const found = ISSUE_KINDS.filter((kind) => check.issues[kind].count > 0);
  const n = (value: number) => format.number(value);
  return (
    <section aria-labelledby="data-check-title" className="space-y-3">
      <h3 id="data-check-title" className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <p role="status" className="font-medium">
        {found.length
          ? t("summary", { lines: n(check.lines.length), rows: n(check.totalRows), left: n(check.excludedRows) })
          : t("clean", { rows: n(check.totalRows) })}
      </p>
      {found.length ? (
        <ul className="space-y-3">
          {found.map((kind) => {
            const issue = check.issues[kind];
            return (
              <li key={kind} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                <p className="font-semibold">
                  {t(`kinds.${kind}`)}: <span className="tabular-nums">{n(issue.count)}</span>
                  {isOptional(kind) ? null : <span className="font-normal text-slate-700"> ({t("alwaysOut")})</span>}
                </p>
                <p className="text-sm text-slate-800">
                  {t("examples", {
                    examples: issue.examples
                      .map((e) => (e.value ? t("example", { line: e.line, value: e.value }) : t("exampleLine", { line: e.line })))
                      .join("; "),
                  })}
                </p>
                {helped(kind) ? <p className="text-sm text-slate-700">{t(`kindHelp.${kind}`)}</p> : null}
                {isOptional(kind) ? (
                  <label className="mt-1 flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={exclude[kind]} onChange={(event) => onExcludeChange(kind, event.target.checked)} />
                    {t("leaveOut")}
                  </label>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
