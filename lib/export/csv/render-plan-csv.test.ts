import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import type { MoneyTotal, PlanOverview } from "@/db/queries/plan-overview-model";
import { describeEachDatabase } from "@/lib/testing/databases";
import { EXPORT_LARGE_PLAN, EXPORT_SMALL_PLAN, exportFixture, HOSTILE } from "@/lib/testing/export-fixture";
import { JOURNEY_STAGES } from "@/lib/wizard/journey-stages";
import { exportText } from "../export-text";
import { decimalAmount, renderCampaignsCsv, renderContentCsv } from "./render-plan-csv";

const EMPTY_PLAN = { offerings: 1, personasPerOffering: 0, contentIdeas: 0, socialPlans: 0, campaigns: 0 };

/** What a cell must hold for user text: the text, or the text behind an apostrophe when a spreadsheet would run it. */
const asCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
/** The user's text back from a cell. */
const fromCell = (cell: string) => (cell.startsWith("'") && /^[=+\-@\t\r]/.test(cell.slice(1)) ? cell.slice(1) : cell);

function parseCsv(csv: string): string[][] {
  // The byte order mark is there for Excel; csv-parse would otherwise keep it in the first header.
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

/** Rows in a stable order, to compare what was written with what was expected whatever the sort. */
const sortRows = (rows: string[][]) => rows.map((row) => JSON.stringify(row)).sort();

/** Stage names come already named in the plan's language (the overview reads them so). */
function expectedContentRows(plan: PlanOverview): string[][] {
  return plan.content.flatMap(({ persona, ideas }) =>
    ideas.map((idea) => [
      asCell(persona.name),
      asCell(persona.offeringName),
      asCell(idea.topic),
      asCell(idea.format),
      asCell(idea.stage),
      asCell(idea.addresses),
      idea.plannedOn ?? "",
    ]),
  );
}

/** Cents from "1234.50", without going through floating point. */
const centsOf = (amount: string) => {
  expect(amount).toMatch(/^\d+\.\d{2}$/);
  return Number(amount.replace(".", ""));
};

/** Sums cents per currency, listed by currency code like the plan's totals. */
function sumByCurrency(rows: { cents: number; currency: string }[]): MoneyTotal[] {
  const sums = new Map<string, number>();
  for (const { cents, currency } of rows) sums.set(currency, (sums.get(currency) ?? 0) + cents);
  return [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, cents]) => ({ currency, cents }));
}

it("writes budgets as exact decimals with a dot", () => {
  expect(decimalAmount(123450)).toBe("1234.50");
  expect(decimalAmount(5)).toBe("0.05");
  expect(decimalAmount(0)).toBe("0.00");
  expect(decimalAmount(900_719_925_474_099)).toBe("9007199254740.99");
});

describeEachDatabase(
  "plan CSV downloads",
  (getConnection) => {
    it("writes the content calendar cell by cell as the plan holds it, sorted by date then persona", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, hostile: true });
      const text = await exportText("en");
      const [header, ...rows] = parseCsv(renderContentCsv(data, text));
      expect(header).toEqual(["Persona", "Offering", "Topic", "Format", "Journey stage", "Pain or gain it addresses", "Planned for"]);
      expect(sortRows(rows)).toEqual(sortRows(expectedContentRows(data.plan)));
      expect(rows).toHaveLength(data.plan.contentIdeaCount);
      const byName = new Intl.Collator("en").compare;
      for (const [a, b] of rows.slice(1).map((row, i) => [rows[i]!, row] as const)) {
        const [dateA, dateB] = [a[6]!, b[6]!];
        const inOrder = dateA === dateB ? byName(fromCell(a[0]!), fromCell(b[0]!)) <= 0 : dateB === "" || (dateA !== "" && dateA < dateB);
        expect(inOrder, `${a.join(",")} before ${b.join(",")}`).toBe(true);
      }
      for (const row of rows) expect(row[6]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      // The fixture's hostile idea: a formula topic, an @handle format and a "-10%" pain.
      expect(rows).toContainEqual(expect.arrayContaining([`'${HOSTILE.formula}`, `'${HOSTILE.at}`, `'${HOSTILE.minus}`]));
      expect(rows.flat().some((cell) => cell === HOSTILE.script)).toBe(true);
    });

    it("writes the campaigns cell by cell, with budgets that add up to the plan's totals per offering and channel", async () => {
      const { data } = await exportFixture(getConnection().db, { size: { ...EXPORT_SMALL_PLAN, campaigns: 7 }, hostile: true });
      const text = await exportText("en");
      const [header, ...rows] = parseCsv(renderCampaignsCsv(data, text));
      expect(header).toEqual([
        "Offering",
        "Type",
        "Channel",
        "Budget",
        "Currency",
        "Start",
        "End",
        "Target personas",
        "Objective",
        "Success metric",
      ]);
      const expected = data.plan.campaigns.flatMap(({ offering, campaigns }) =>
        campaigns.map((c) => [
          asCell(offering.name),
          text.t(`plan.kinds.${c.kind}`),
          asCell(c.channel),
          decimalAmount(c.budgetCents),
          asCell(c.currency),
          c.startsOn ?? "",
          c.endsOn ?? "",
          asCell(c.personas.map((p) => p.name).join("; ")),
          asCell(c.objective),
          asCell(c.successMetric),
        ]),
      );
      expect(rows).toEqual(expected);
      expect(rows).toHaveLength(7);
      expect(rows[0]).toEqual(expect.arrayContaining([HOSTILE.heading, `'${HOSTILE.plus}`, HOSTILE.script, `'${HOSTILE.formula}`]));

      const money = rows.map((row) => ({ offering: row[0]!, channel: fromCell(row[2]!), cents: centsOf(row[3]!), currency: row[4]! }));
      for (const { offering, totals } of data.plan.campaigns) {
        expect(sumByCurrency(money.filter((m) => m.offering === asCell(offering.name)))).toEqual(totals);
      }
      for (const { channel, totals } of data.plan.budget.byChannel) {
        const key = (c: string) => c.trim().toLocaleLowerCase();
        expect(sumByCurrency(money.filter((m) => key(m.channel) === key(channel)))).toEqual(totals);
      }
      expect(sumByCurrency(money)).toEqual(data.plan.budget.total);
      expect(data.plan.budget.total.length).toBe(2);
    });

    it("keeps every hostile string intact through quoting: commas, quotes, line breaks, emoji and right-to-left script", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
      const text = await exportText("en");
      const idea = data.plan.content[0]!.ideas[0]!;
      const campaign = data.plan.campaigns[0]!.campaigns[0]!;
      const values = [...Object.values(HOSTILE), 'say "hi", then leave', "\t=1+1", "\r=2", "a\r\nb", "  padded  ", ""];
      for (const value of values) {
        Object.assign(idea, { topic: value, format: value, addresses: value });
        Object.assign(campaign, { channel: value, objective: value, successMetric: value });
        const [, ...contentRows] = parseCsv(renderContentCsv(data, text));
        expect(contentRows.find((row) => row[2] === asCell(value) && row[3] === asCell(value) && row[5] === asCell(value))).toBeDefined();
        const [, first] = parseCsv(renderCampaignsCsv(data, text));
        expect([first![2]!, first![8]!, first![9]!].map(fromCell)).toEqual([value, value, value]);
      }
    });

    it("writes the headers in Spanish for a Spanish document", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale: "es" });
      const text = await exportText("es");
      const [contentHeader, firstIdea] = parseCsv(renderContentCsv(data, text));
      const [campaignHeader, firstCampaign] = parseCsv(renderCampaignsCsv(data, text));
      for (const [header, key] of [
        [contentHeader, "persona"],
        [campaignHeader, "budget"],
      ] as const) {
        expect(header).toContain(text.t(`export.csv.${key}`));
      }
      expect(contentHeader).toEqual([
        "Buyer persona",
        "Oferta",
        "Tema",
        "Formato",
        "Etapa del recorrido",
        "Frustración o alegría que atiende",
        "Fecha prevista",
      ]);
      expect(JOURNEY_STAGES.map((s) => text.t(`plan.stages.${s}`))).toContain(firstIdea![4]);
      expect(firstCampaign![3]).toMatch(/^\d+\.\d{2}$/);
    });

    it("gives just the header row for a plan with nothing planned yet", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EMPTY_PLAN });
      const text = await exportText("en");
      expect(parseCsv(renderContentCsv(data, text))).toHaveLength(1);
      expect(parseCsv(renderCampaignsCsv(data, text))).toHaveLength(1);
      expect(renderCampaignsCsv(data, text)).toBe(
        "\uFEFFOffering,Type,Channel,Budget,Currency,Start,End,Target personas,Objective,Success metric\r\n",
      );
    });

    // How long it takes is measured by `npm run bench` (BENCH_ONLY=exports), not here.
    it("writes every idea and campaign of a large plan", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_LARGE_PLAN });
      const text = await exportText("en");
      const content = parseCsv(renderContentCsv(data, text));
      const campaigns = parseCsv(renderCampaignsCsv(data, text));
      expect(content).toHaveLength(EXPORT_LARGE_PLAN.contentIdeas + 1);
      expect(campaigns).toHaveLength(EXPORT_LARGE_PLAN.campaigns + 1);
    });
  },
  { kinds: ["pglite"] },
);
