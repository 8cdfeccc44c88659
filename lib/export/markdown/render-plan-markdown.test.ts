import { marked } from "marked";
import { expect, it } from "vitest";
import { addComment, replyToComment } from "@/db/queries/comments";
import type { MoneyTotal, PlanOverview } from "@/db/queries/plan-overview-model";
import { describeEachDatabase } from "@/lib/testing/databases";
import {
  EXPORT_LARGE_PLAN,
  EXPORT_SMALL_PLAN,
  exportFixture,
  HOSTILE,
  EXPORT_NOW,
  setCampaignDates,
  UNANSWERED_PAIN,
} from "@/lib/testing/export-fixture";
import { JOURNEY_WORDS, sampleJourney, setJourney } from "@/lib/testing/journey-seed";
import { exportText } from "../export-text";
import { loadPlanExport } from "../load-plan-export";
import { renderPlanMarkdown } from "./render-plan-markdown";

const INCOMPLETE_PLAN = { offerings: 1, personasPerOffering: 0, contentIdeas: 0, socialPlans: 0, campaigns: 0 };

// What the file looks like once rendered, read with a few patterns: marked's HTML is regular
// enough, and the point is to look at it the way a reader's Markdown viewer would.

const toHtml = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
const textOf = (html: string) =>
  html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** The elements this file may produce; anything else would have come from user text. */
const ALLOWED_TAGS = new Set(["h1", "h2", "h3", "h4", "p", "strong", "ul", "li", "blockquote", "hr", "br"]);
const TABLE_TAGS = new Set(["table", "thead", "tbody", "tr", "th", "td"]);

function unexpectedTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)]
    .filter(([, name, attributes]) => {
      const tag = name!.toLowerCase();
      if (TABLE_TAGS.has(tag)) return attributes !== "" && attributes !== ' align="right"';
      return !ALLOWED_TAGS.has(tag) || attributes !== "";
    })
    .map(([tag]) => tag);
}

interface HtmlTable {
  header: string[];
  rows: string[][];
}

function tablesOf(html: string): HtmlTable[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, body]) => {
    const [header, ...rows] = [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell!)),
    );
    return { header: header!, rows };
  });
}

const headingsOf = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}>([\\s\\S]*?)</h${level}>`, "g"))].map(([, inner]) => textOf(inner!));

/** Sums per currency straight from the campaigns, ordered by currency code like the plan's totals. */
function sums(campaigns: readonly { budgetCents: number; currency: string }[]): MoneyTotal[] {
  const byCurrency = new Map<string, number>();
  for (const c of campaigns) byCurrency.set(c.currency, (byCurrency.get(c.currency) ?? 0) + c.budgetCents);
  return [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, cents]) => ({ currency, cents }));
}

const allCampaigns = (plan: PlanOverview) => plan.campaigns.flatMap((group) => group.campaigns);

describeEachDatabase(
  "renderPlanMarkdown",
  (getConnection) => {
    it("writes the small plan as reviewed, with no ids in it", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, hostile: true });
      const markdown = renderPlanMarkdown(data, await exportText("en"));
      expect(markdown).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      for (const id of [data.plan.project.id, ...allCampaigns(data.plan).map((c) => c.id)]) expect(markdown).not.toContain(id);
      // ".md.txt": Prettier would pad the tables of a ".md" file and so break the byte-for-byte comparison.
      await expect(markdown).toMatchFileSnapshot("__snapshots__/small-plan.en.md.txt");
    });

    it("shows every hostile string as typed, with no HTML, link or structure of its own", async () => {
      const { db } = getConnection();
      const { data: seeded, projectId, ownerId } = await exportFixture(db, { size: EXPORT_SMALL_PLAN, hostile: true });
      const persona = seeded.plan.categories[0]!.offerings[0]!.personas[0]!;
      const hostileText = Object.values(HOSTILE).join("\n");
      const threadId = await addComment({ id: ownerId }, projectId, {
        step: 4,
        target: { kind: "persona", id: persona.id },
        body: hostileText,
      });
      await replyToComment({ id: ownerId }, projectId, { parentId: threadId, body: `${HOSTILE.heading}\n${HOSTILE.formula}` });
      const data = await loadPlanExport({ actor: { id: ownerId }, projectId, locale: "en", withComments: true, now: EXPORT_NOW });

      const html = toHtml(renderPlanMarkdown(data, await exportText("en")));
      expect(unexpectedTags(html)).toEqual([]);
      const shown = normalise(textOf(html));
      for (const [name, value] of Object.entries(HOSTILE)) expect(shown, name).toContain(normalise(value));
      // Nothing the user typed became a heading, bold text or a second table column.
      expect(headingsOf(html, 3)).toContain(HOSTILE.heading);
      expect(headingsOf(html, 4)).toContain(HOSTILE.script);
      expect(html).not.toMatch(/<h\d>Heading<\/h\d>|<strong>bold<\/strong>|<script|<a /);
      for (const { header, rows } of tablesOf(html)) {
        for (const row of rows) expect(row).toHaveLength(header.length);
      }
      const summary = tablesOf(html).find((t) => t.header[0] === "Category")!;
      expect(summary.rows[0]).toEqual(["Guitars", HOSTILE.heading, HOSTILE.pipe, "1 of 5", HOSTILE.script]);
      // The appendix quotes the comment line by line, and says what it is about.
      expect(shown).toContain(normalise(`Persona: ${HOSTILE.script}`));
      expect(shown).toContain(normalise(hostileText));
    });

    it("writes headings and wording in Spanish for a Spanish document", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale: "es", withComments: true });
      const html = toHtml(renderPlanMarkdown(data, await exportText("es")));
      expect(headingsOf(html, 2)).toEqual([
        "Resumen",
        "Competencia y perfil digital de tu público",
        "Perfil demográfico y sociocultural",
        "Buyer personas",
        "Integración con las acciones de marketing",
        "Anexo: revisiones y comentarios abiertos",
      ]);
      expect(headingsOf(html, 3)).toEqual(
        expect.arrayContaining([
          "Plan de contenidos",
          "Redes sociales por buyer persona",
          "Campañas y presupuesto",
          "Calendario de campañas",
        ]),
      );
      expect(textOf(html)).toContain("Preparado el 30 de noviembre de 2026");
      expect(textOf(html)).toContain("Generación X (nacidos en 1961–1980)");
      expect(textOf(html)).toContain("No hay comentarios abiertos.");
      expect(tablesOf(html).find((t) => t.header[0] === "Categoría")!.rows[0]![3]).toBe("1 de 5");
    });

    it("writes each persona's fit: the share, the unanswered pain first, then the canvas as a table", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale: "es" });
      const html = toHtml(renderPlanMarkdown(data, await exportText("es")));
      const shown = normalise(textOf(html));
      const share = "Offering 2 responde a 2 de 3 frustraciones y alegrías esenciales o importantes (67 %).";
      const unanswered = `Esencial · Frustración: ${UNANSWERED_PAIN}`;
      const canvas = "Lienzo de la propuesta de valor: Persona 2.1 y Offering 2";
      expect(shown).toContain(share);
      // Unanswered first: the list comes between the share and the canvas.
      const at = (phrase: string) => shown.indexOf(phrase, shown.indexOf("Encaje entre Persona 2.1 y Offering 2"));
      expect(at(share)).toBeLessThan(at(unanswered));
      expect(at(unanswered)).toBeLessThan(at(canvas));
      const table = tablesOf(html).filter((t) => t.header.join() === "Tipo,Elemento del perfil,Importancia,Respondido por")[1]!;
      expect(table.rows).toEqual([
        ["Tarea", "Choose a guitar", "Importante", "Fitting session"],
        ["Frustración", "Buzzing frets", "Importante", "Free setup and fret levelling"],
        ["Frustración", UNANSWERED_PAIN, "Esencial", "Sin respuesta"],
        ["Alegría", "A warm tone", "Importante", "Hand-voiced top"],
      ]);
      expect(shown).toContain("Pride in craft Competidores que ya la ofrecen: Big music chain");
      expect(shown).toContain("Intermediario para Persona 1.1 (Offering 1)");
      expect(shown).toContain("Le vendes a través de Persona 2.1 (Offering 2)");
      // What answers each pain, with the content idea and the campaign linked to it.
      expect(shown).toContain(
        "Buzzing frets (Importante) Mapa de valor: Free setup and fret levelling Ideas de contenido: Content idea 1, Content idea 3",
      );
      expect(shown).toContain(`${UNANSWERED_PAIN} (Esencial) Nada todavía`);
    });

    it("writes the journey map of the persona that has one as a table of its stages, with the hypothesis line", async () => {
      const { db } = getConnection();
      const { data, reload } = await exportFixture(db, { size: EXPORT_SMALL_PLAN, locale: "es" });
      const text = await exportText("es");
      const html = toHtml(renderPlanMarkdown(data, text));
      expect(unexpectedTags(html)).toEqual([]);
      const shown = normalise(textOf(html));
      expect(shown.split("Recorrido del cliente de ")).toHaveLength(2);
      expect(shown).toContain(`Recorrido del cliente de Persona 1.1 Qué quieres aprender con este mapa: ${JOURNEY_WORDS.objective}`);
      expect(shown).toContain(text.t("planJourney.hypothesis"));
      expect(shown).toContain(
        `Decisión: ${JOURNEY_WORDS.feelingWord} (muy negativo) · Touchpoint 3 · lo frena: ${JOURNEY_WORDS.painPoint}`,
      );
      const table = tablesOf(html).find((t) => t.header[0] === "Etapa")!;
      expect(table.header).toEqual([
        "Etapa",
        "Descubrimiento",
        "Consideración",
        "Decisión",
        "Workshop visit",
        "Fidelización",
        "Recomendación",
      ]);
      expect(table.rows.map((row) => row[0])).toEqual([
        "Puntos de contacto",
        "Qué piensa y qué hace",
        "Cómo se siente",
        "Obstáculos",
        "Oportunidades de mejora",
      ]);
      expect(table.rows[2]).toEqual(["Cómo se siente", "Positivo", "Neutro", "Anxious (muy negativo)", "", "Positivo", "Muy positivo"]);
      expect(table.rows[3]).toEqual(["Obstáculos", "", "", JOURNEY_WORDS.painPoint, "", "", ""]);
      expect(table.rows[0]![1]).toBe(`${JOURNEY_WORDS.touchpoint}\nA friend's recommendation`);

      const personaId = data.plan.offerings[0]!.personas[0]!.id;
      await setJourney(
        db,
        personaId,
        sampleJourney(
          data.plan.stages.map((s) => s.id),
          "2026-06-01",
        ),
      );
      const walked = normalise(textOf(toHtml(renderPlanMarkdown(await reload(), text))));
      expect(walked).toContain(`Recorrido el 1 de junio de 2026: ${JOURNEY_WORDS.walkedNotes}`);
      expect(walked).not.toContain(text.t("planJourney.hypothesis"));
    });

    it("says what is missing in an incomplete plan instead of failing", async () => {
      const { data } = await exportFixture(getConnection().db, { size: INCOMPLETE_PLAN });
      const html = toHtml(renderPlanMarkdown(data, await exportText("en")));
      const text = textOf(html);
      expect(text).toContain("Draft: some steps are not complete, so parts of this plan are missing.");
      expect(text.match(/Not filled in yet: complete step 4, “Buyer personas”, in Perfila\./g)).toHaveLength(1);
      // Content plan, social networks, campaigns and their timeline each say so.
      expect(text.match(/Not filled in yet: complete step 5, “Marketing integration”, in Perfila\./g)).toHaveLength(4);
      expect(text).toContain("Step 5, “Marketing integration”, is not complete yet.");
      expect(headingsOf(html, 2)).toHaveLength(5);
      expect(tablesOf(html).find((t) => t.header[0] === "Category")!.rows).toEqual([
        ["Guitars", "Offering 1", "Bring steady revenue through the year", "1 of 5", "Not filled in"],
      ]);
      expect(html).not.toContain("Appendix");
    });

    it("writes budget totals per offering and per channel that add up to the campaigns' own budgets", async () => {
      const { data } = await exportFixture(getConnection().db, {
        size: { offerings: 3, personasPerOffering: 1, contentIdeas: 2, socialPlans: 2, campaigns: 11 },
      });
      const text = await exportText("en");
      const html = toHtml(renderPlanMarkdown(data, text));
      const tables = tablesOf(html);
      const money = (totals: MoneyTotal[]) => totals.map((total) => text.money(total)).join("\n");
      const campaigns = allCampaigns(data.plan);
      expect(campaigns).toHaveLength(11);

      const byOffering = tables.find((t) => t.header.join() === "Offering,Campaigns,Budget")!;
      expect(byOffering.rows).toEqual(
        data.plan.categories
          .flatMap((c) => c.offerings)
          .map((o) => {
            const own = campaigns.filter((c) => c.offeringId === o.id);
            return [o.name, String(own.length), money(sums(own))];
          }),
      );
      const channels = [...new Set(campaigns.map((c) => c.channel))].sort();
      const byChannel = tables.find((t) => t.header.join() === "Channel,Campaigns,Budget")!;
      expect(byChannel.rows.toSorted(([a], [b]) => (a! < b! ? -1 : 1))).toEqual(
        channels.map((channel) => {
          const own = campaigns.filter((c) => c.channel === channel);
          return [channel, String(own.length), money(sums(own))];
        }),
      );
      const total = sums(campaigns);
      expect(total).toHaveLength(2);
      expect(normalise(textOf(html))).toContain(`Total budget: ${total.map((t) => text.money(t)).join(" · ")}`);
      // One table per offering, in the plan's order, each followed by its total.
      const campaignTables = tables.filter((t) => t.header[0] === "Type");
      expect(campaignTables).toHaveLength(data.plan.campaigns.length);
      data.plan.campaigns.forEach(({ offering, campaigns: own }, i) => {
        expect(campaignTables[i]!.rows.map((row) => row.at(-1))).toEqual(
          own.map((c) => text.money({ cents: c.budgetCents, currency: c.currency })),
        );
        expect(normalise(textOf(html))).toContain(
          `Total for ${offering.name}: ${sums(own)
            .map((t) => text.money(t))
            .join(" · ")}`,
        );
      });
    });

    it("writes the timeline in order of start date", async () => {
      const { db } = getConnection();
      const { data: seeded, reload } = await exportFixture(db, { size: { ...EXPORT_SMALL_PLAN, campaigns: 4 } });
      const [a, b, c, d] = allCampaigns(seeded.plan);
      await setCampaignDates(db, a!.id, "2026-06-01", "2026-06-30");
      await setCampaignDates(db, b!.id, null, null);
      await setCampaignDates(db, c!.id, "2026-01-10", null);
      await setCampaignDates(db, d!.id, "2026-06-01", "2026-06-10");
      const data = await reload();
      const html = toHtml(renderPlanMarkdown(data, await exportText("en")));
      const timeline = tablesOf(html).find((t) => t.header.join() === "Campaign,Offering,Start,End")!;
      expect(timeline.rows.map((row) => row.slice(2))).toEqual([
        ["January 10, 2026", ""],
        ["June 1, 2026", "June 10, 2026"],
        ["June 1, 2026", "June 30, 2026"],
        ["No dates yet", ""],
      ]);
    });

    // How long it takes is measured by `npm run bench` (BENCH_ONLY=exports), not here.
    it("writes every content idea of a large plan", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_LARGE_PLAN });
      const markdown = renderPlanMarkdown(data, await exportText("en"));
      const tables = tablesOf(toHtml(markdown));
      const contentRows = tables.filter((t) => t.header[0] === "Journey stage").reduce((n, t) => n + t.rows.length, 0);
      expect(contentRows).toBe(EXPORT_LARGE_PLAN.contentIdeas);
    });
  },
  { kinds: ["pglite"] },
);
