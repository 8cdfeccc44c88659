"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { saveSegmentValueAction } from "@/lib/actions/customer-data";
import type { Segment } from "@/lib/customers/segments";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";

export interface SegmentValueRow {
  segment: Segment;
  customers: number;
  /** Revenue so far and its share, already formatted by the page. */
  current: string;
  share: string;
  potential: number | null;
  note: string;
}

const POTENTIALS = ["1", "2", "3", "4", "5"] as const;

function SegmentValueForm({ projectId, row, canEdit }: { projectId: string; row: SegmentValueRow; canEdit: boolean }) {
  const t = useTranslations("customers");
  const errorMessage = useErrorMessage();
  const { pending, error, fieldErrors, done, run } = useRefreshingAction();
  const [potential, setPotential] = useState(row.potential === null ? "" : String(row.potential));
  const [note, setNote] = useState(row.note);
  const id = `segment-value-${row.segment}`;
  const name = t(`segments.names.${row.segment}`);
  const noteError = errorMessage(fieldErrors.note);
  return (
    <form
      aria-labelledby={`${id}-name`}
      className="grid gap-3 border-b border-slate-200 py-3 md:grid-cols-[12rem_12rem_1fr]"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => saveSegmentValueAction(projectId, { segment: row.segment, potential: potential ? Number(potential) : null, note }));
      }}
    >
      <div>
        <p id={`${id}-name`} className="font-semibold">
          {name}
        </p>
        <p className="text-sm text-slate-700">
          {t("value.current")}: <span className="tabular-nums">{row.current}</span> ({row.share})
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-potential`} className="block text-sm font-medium">
          {t("value.potential")}
        </label>
        <select
          id={`${id}-potential`}
          className={inputClass}
          value={potential}
          disabled={!canEdit}
          onChange={(event) => setPotential(event.target.value)}
        >
          <option value="">{t("value.notRated")}</option>
          {POTENTIALS.map((p) => (
            <option key={p} value={p}>
              {t(`value.potentialScale.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-2">
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          {t("value.note")}
        </label>
        <input
          id={`${id}-note`}
          className={inputClass}
          value={note}
          disabled={!canEdit}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        {noteError ? (
          <p id={`${id}-note-error`} className="text-sm text-red-800">
            {noteError}
          </p>
        ) : null}
        {canEdit ? (
          <div className="flex items-center gap-3">
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("value.save")}
            </Button>
            <FormAlert message={done ? t("value.saved") : undefined} tone="success" />
          </div>
        ) : null}
        <FormAlert message={error} />
      </div>
    </form>
  );
}

/** Current value beside the owner's estimate of what each group could become. */
export function SegmentValues({ projectId, rows, canEdit }: { projectId: string; rows: readonly SegmentValueRow[]; canEdit: boolean }) {
  return (
    <div>
      {rows.map((row) => (
        <SegmentValueForm key={row.segment} projectId={projectId} row={row} canEdit={canEdit} />
      ))}
    </div>
  );
}
