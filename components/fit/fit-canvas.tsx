import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PROFILE_LISTS, type ProfileList, type ValueEntry } from "@/lib/validation/value-map";
import type { FitItem, PersonaFit } from "@/lib/wizard/fit";
import { Connector, FitShare, FixLink, hidden, ImportanceBadge, StatusIcon, type FitNames, type FitTarget } from "./fit-canvas-parts";

export type { FitTarget } from "./fit-canvas-parts";

// The value proposition canvas for one persona and its offering, the same on the plan (a
// server component) and in step 4's editor (a client one): it holds no state and no async
// work, and reads only the "fit" messages, so step 4 sends the browser that one namespace.
// The table is the canvas itself and its own text equivalent: the connectors and the bar
// repeat what its words say.

export interface FitCanvasProps {
  fit: PersonaFit;
  valueMap: readonly ValueEntry[];
  personaName: string;
  offeringName: string;
  /** Where the owner fills a gap; without it the canvas shows no links (a printout, a read-only view). */
  fixHref?: (target: FitTarget) => string;
  /** The level of the canvas's title in the page's outline; its parts are labelled, not headed. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Makes the ids inside unique on a page that shows several canvases (a persona's id will do). */
  idPrefix: string;
  /** More about the same persona and offering, shown after the canvas inside its region. */
  children?: ReactNode;
}

const itemKey = (item: FitItem, index: number) => `${item.list}-${index}-${item.item}`;

function Unanswered({
  fit,
  names,
  fixHref,
  labelId,
}: {
  fit: PersonaFit;
  names: FitNames;
  fixHref?: FitCanvasProps["fixHref"];
  labelId: string;
}) {
  const t = useTranslations("fit");
  if (fit.share === null) return null;
  if (!fit.unanswered.length)
    return (
      <p className="fit-marked text-slate-800">
        <StatusIcon met />
        {t("allAnswered", names)}
      </p>
    );
  return (
    <div className="space-y-1">
      <p id={labelId} className="font-semibold text-slate-900">
        {t("unansweredTitle")}
      </p>
      <p className="text-sm text-slate-700">{t("unansweredLead", names)}</p>
      <ul aria-labelledby={labelId} className="space-y-1.5">
        {fit.unanswered.map((item, index) => (
          <li key={itemKey(item, index)} className="fit-marked">
            <StatusIcon met={false} />
            <span>
              <ImportanceBadge importance={item.importance} />
              <span>
                {t(`lists.${item.list}`)}: {item.item}
              </span>
              {fixHref ? (
                <FixLink href={fixHref({ list: item.list, item: item.item })}>{t.rich("fixItem", { item: item.item, hidden })}</FixLink>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Needs({
  fit,
  names,
  fixHref,
  labelId,
}: {
  fit: PersonaFit;
  names: FitNames;
  fixHref?: FitCanvasProps["fixHref"];
  labelId: string;
}) {
  const t = useTranslations("fit");
  return (
    <div className="space-y-1">
      <p id={labelId} className="font-semibold text-slate-900">
        {t("needsTitle")}
      </p>
      {fit.needs.length ? (
        <>
          <p className="text-sm text-slate-700">{t("needsLead", names)}</p>
          <ul aria-labelledby={labelId} className="space-y-1.5">
            {fit.needs.map(({ need, metBy }) => (
              <li key={need} className="fit-marked">
                <StatusIcon met={metBy.length > 0} />
                <span>
                  <span>{need}</span>
                  {metBy.length ? (
                    <span className="text-sm text-emerald-800">{t("needMet", { entries: metBy.map((e) => e.text).join(", ") })}</span>
                  ) : (
                    <>
                      <span className="fit-missing text-sm">{t("needUnmet")}</span>
                      {fixHref ? <FixLink href={fixHref({ need })}>{t.rich("fixNeed", { need, hidden })}</FixLink> : null}
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("needsEmpty", names)}</p>
      )}
    </div>
  );
}

function CanvasGroup({ list, items }: { list: ProfileList; items: FitItem[] }) {
  const t = useTranslations("fit");
  return (
    <tbody>
      <tr>
        <th colSpan={2} scope="rowgroup">
          {t(`groups.${list}`)}
        </th>
      </tr>
      {items.length ? (
        items.map((item, index) => {
          const answered = item.answeredBy.length > 0;
          return (
            <tr key={itemKey(item, index)}>
              <th scope="row">
                {item.item} <ImportanceBadge importance={item.importance} />
              </th>
              <td>
                <div>
                  <Connector answered={answered} />
                  {answered ? (
                    <ul className="min-w-0 space-y-1">
                      {item.answeredBy.map((entry) => (
                        <li key={entry.id}>{entry.text}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="fit-missing">{t("noAnswer")}</span>
                  )}
                </div>
              </td>
            </tr>
          );
        })
      ) : (
        <tr>
          <td colSpan={2} className="text-slate-700">
            {t(`emptyList.${list}`)}
          </td>
        </tr>
      )}
    </tbody>
  );
}

/**
 * The fit of one persona with its offering: the share answered, the unanswered pains and
 * gains first (essential before important), the needs as minimum success factors, then the
 * canvas, the customer profile beside the value map.
 */
export function FitCanvas({ fit, valueMap, personaName, offeringName, fixHref, headingLevel = 3, idPrefix, children }: FitCanvasProps) {
  const t = useTranslations("fit");
  const Heading = `h${headingLevel}` as const;
  const names = { persona: personaName, offering: offeringName };
  const unlinked = valueMap.filter((entry) => entry.answers.length === 0);
  return (
    <section aria-labelledby={`${idPrefix}-fit`} className="space-y-4 rounded-md border border-slate-300 bg-white p-3 sm:p-4">
      <Heading id={`${idPrefix}-fit`} className="text-base font-semibold text-slate-900 print:break-after-avoid">
        {t("title", names)}
      </Heading>
      <FitShare fit={fit} names={names} />
      <Unanswered fit={fit} names={names} fixHref={fixHref} labelId={`${idPrefix}-fit-unanswered`} />
      <Needs fit={fit} names={names} fixHref={fixHref} labelId={`${idPrefix}-fit-needs`} />
      <div className="space-y-2">
        <p className="text-sm text-slate-700">{t("intro", names)}</p>
        <table className="fit-table">
          <caption className="mb-1 text-left font-semibold text-slate-900">{t("caption", names)}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400 text-xs tracking-wide text-slate-700 uppercase">
              <th scope="col" className="w-1/2 px-2 py-1 text-left font-semibold">
                {t("profileColumn")}
              </th>
              <th scope="col" className="px-2 py-1 text-left font-semibold">
                {t("valueColumn")}
              </th>
            </tr>
          </thead>
          {PROFILE_LISTS.map((list) => (
            <CanvasGroup key={list} list={list} items={fit.items.filter((item) => item.list === list)} />
          ))}
        </table>
        {unlinked.length ? (
          <p className="text-sm text-slate-700">{t("unlinked", { entries: unlinked.map((e) => e.text).join(", ") })}</p>
        ) : null}
      </div>
      {children}
    </section>
  );
}
