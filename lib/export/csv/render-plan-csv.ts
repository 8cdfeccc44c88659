import { stringify } from "csv-stringify/sync";
import type { ExportText } from "../export-text";
import type { PlanExport } from "../plan-export";
import { neutralizeFormula } from "./neutralize-formula";

// The two spreadsheets of a plan: its content calendar and its campaigns. Headers and labels
// are in the document's language; dates are ISO (yyyy-mm-dd) and budgets a plain decimal with
// a dot, so any spreadsheet can sort and add them whatever its own locale.

type Cell = string;

function toCsv(header: Cell[], rows: Cell[][]): string {
  return stringify([header, ...rows], {
    // A UTF-8 byte order mark: without it Excel reads the file as ANSI and mangles accents,
    // emoji and right-to-left script.
    bom: true,
    // CRLF, as RFC 4180 and Excel expect; line breaks inside a cell are quoted by the library.
    record_delimiter: "windows",
  });
}

/** Whole cents as a decimal with a dot and two places ("1234.50"), exact at any size. */
export function decimalAmount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, "0")}`;
}

/** The content calendar: one row per content idea, in the plan's calendar order (by planned date, then persona). */
export function renderContentCsv(data: PlanExport, text: ExportText): string {
  const header = (["persona", "offering", "topic", "format", "stage", "addresses", "date"] as const).map((key) =>
    text.t(`export.csv.${key}`),
  );
  return toCsv(
    header,
    data.plan.contentCalendar.map(({ persona, idea }) => [
      neutralizeFormula(persona.name),
      neutralizeFormula(persona.offeringName),
      neutralizeFormula(idea.topic),
      neutralizeFormula(idea.format),
      idea.stage,
      neutralizeFormula(idea.addresses),
      idea.plannedOn ?? "",
    ]),
  );
}

/** The campaigns, offering by offering as in the plan, each with its budget as a number. */
export function renderCampaignsCsv(data: PlanExport, text: ExportText): string {
  const header = (
    ["offering", "kind", "channel", "budget", "currency", "start", "end", "personas", "objective", "successMetric"] as const
  ).map((key) => text.t(`export.csv.${key}`));
  return toCsv(
    header,
    data.plan.campaigns.flatMap(({ offering, campaigns }) =>
      campaigns.map((campaign) => [
        neutralizeFormula(offering.name),
        text.t(`plan.kinds.${campaign.kind}`),
        neutralizeFormula(campaign.channel),
        decimalAmount(campaign.budgetCents),
        neutralizeFormula(campaign.currency),
        campaign.startsOn ?? "",
        campaign.endsOn ?? "",
        neutralizeFormula(campaign.personas.map((p) => p.name).join("; ")),
        neutralizeFormula(campaign.objective),
        neutralizeFormula(campaign.successMetric),
      ]),
    ),
  );
}
