import { describe, expect, it } from "vitest";
import { blankCell, NO_JOURNEY } from "@/lib/validation/journey";
import { planJourney } from "@/db/queries/plan-overview-journey";
import { exportText } from "./export-text";
import { emotionCurve } from "./journey-curve";
import { feelingText, journeyWords } from "./journey-wording";

const STAGES = [
  { id: "00000000-0000-4000-8000-000000000001", name: "awareness" },
  { id: "00000000-0000-4000-8000-000000000002", name: "Workshop visit" },
  { id: "00000000-0000-4000-8000-000000000003", name: "decision" },
];

describe("emotionCurve", () => {
  it("puts each feeling in the middle of its stage, very positive at the top, and leaves a gap where none is set", () => {
    const { points, segments } = emotionCurve([2, -2, null, 0]);
    expect(points.map((p) => [p.index, p.x, p.y])).toEqual([
      [0, 0.125, 0],
      [1, 0.375, 1],
      [3, 0.875, 0.5],
    ]);
    // Stage 2 has no feeling: no line is drawn across it.
    expect(segments.map(([a, b]) => [a.index, b.index])).toEqual([[0, 1]]);
    expect(emotionCurve([null, null])).toEqual({ points: [], segments: [] });
  });
});

describe("journeyWords", () => {
  it("words the feeling with the scale, names ready-made stages in the reader's language and keeps typed ones", async () => {
    const es = await exportText("es");
    expect(feelingText(es, { feeling: -1, feelingWord: "Nervioso" })).toBe("Nervioso (negativo)");
    expect(feelingText(es, { feeling: 2, feelingWord: "" })).toBe("Muy positivo");
    expect(feelingText(es, { feeling: null, feelingWord: "Dudoso" })).toBe("Dudoso");

    const journey = planJourney(
      {
        ...NO_JOURNEY,
        cells: [{ ...blankCell(STAGES[2]!.id), feeling: -2, painPoints: "\n Sin precios en la web\nOtro", touchpoints: "Tienda" }],
      },
      STAGES,
    )!;
    const words = journeyWords(es, { name: "Lucía" }, journey);
    expect(words.stages).toEqual(["Descubrimiento", "Workshop visit", "Decisión"]);
    expect(words.status.walked).toBe(false);
    expect(words.objective).toBeNull();
    expect(words.glance.lines).toEqual([
      "Descubrimiento: sin nada escrito todavía",
      "Workshop visit: sin nada escrito todavía",
      "Decisión: Muy negativo · Tienda · lo frena: Sin precios en la web",
    ]);
    expect(words.feelings.lines).toEqual(["Descubrimiento: sin indicar", "Workshop visit: sin indicar", "Decisión: Muy negativo"]);
    expect(words.table.rows.map((r) => r.cells[2])).toEqual(["Tienda", "", "Muy negativo", "Sin precios en la web\nOtro", ""]);
  });

  it("says when and what the owner found once they walked the journey", async () => {
    const en = await exportText("en");
    const walked = planJourney({ ...NO_JOURNEY, walkedOn: "2026-06-01", walkedNotes: "" }, STAGES)!;
    expect(journeyWords(en, { name: "Lucía" }, walked).status).toEqual({ walked: true, text: "Walked on June 1, 2026" });
    const notes = planJourney({ ...NO_JOURNEY, walkedOn: "2026-06-01", walkedNotes: "Too many steps" }, STAGES)!;
    expect(journeyWords(en, { name: "Lucía" }, notes).status.text).toBe("Walked on June 1, 2026: Too many steps");
    expect(planJourney(NO_JOURNEY, STAGES)).toBeNull();
  });
});
