import { describe, expect, it } from "vitest";
import { NO_IMPORTANCE, type ValueEntry } from "@/lib/validation/value-map";
import { personaFit, pruneValueMap, type FitSource } from "./fit";

const entry = (id: number, kind: ValueEntry["kind"], text: string, answers: string[], needs: string[] = []): ValueEntry => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
  kind,
  text,
  answers,
  needs,
});

const lucia: FitSource = {
  jobs: ["Aprender a tocar"],
  pains: ["Miedo a equivocarse", "Cuerdas que cortan los dedos", "Precio alto"],
  gains: ["Sonar bien pronto", "Una guitarra bonita"],
  needs: "Que suene afinada\n- Que quepa en el presupuesto\n\nque suene afinada",
  importance: { jobs: {}, pains: { "Miedo a equivocarse": "essential", "Precio alto": "nice" }, gains: { "Una guitarra bonita": "nice" } },
  valueMap: [],
};

describe("personaFit", () => {
  it("counts essential and important pains and gains, lists the unanswered essential ones first", () => {
    const fit = personaFit(lucia);
    // Counted: two pains (essential, important by default) and one gain (important by default).
    expect(fit.counted).toBe(3);
    expect(fit.answered).toBe(0);
    expect(fit.share).toBe(0);
    expect(fit.unanswered.map((f) => [f.item, f.importance])).toEqual([
      ["Miedo a equivocarse", "essential"],
      ["Cuerdas que cortan los dedos", "important"],
      ["Sonar bien pronto", "important"],
    ]);
  });

  it("answers a pain through a reliever, matched without case, and lets one entry answer several", () => {
    const fit = personaFit({
      ...lucia,
      valueMap: [
        entry(1, "reliever", "Clase de prueba gratis", ["miedo a equivocarse ", "Cuerdas que cortan los dedos"]),
        entry(2, "reliever", "Cuerdas de nailon", ["Cuerdas que cortan los dedos"]),
        // A gain creator does not answer pains even if it names one.
        entry(3, "creator", "Acabados a mano", ["Precio alto"]),
      ],
    });
    expect(fit.answered).toBe(2);
    expect(fit.share).toBe(67);
    expect(fit.unanswered.map((f) => f.item)).toEqual(["Sonar bien pronto"]);
    const cuts = fit.items.find((f) => f.item === "Cuerdas que cortan los dedos")!;
    expect(cuts.answeredBy.map((e) => e.text)).toEqual(["Clase de prueba gratis", "Cuerdas de nailon"]);
  });

  it("reads needs one per line, without bullets or repeats, and flags those no entry meets", () => {
    const fit = personaFit({
      ...lucia,
      valueMap: [entry(1, "product", "Guitarra de estudio", ["Aprender a tocar"], ["QUE SUENE AFINADA"])],
    });
    expect(fit.needs.map((n) => [n.need, n.metBy.length])).toEqual([
      ["Que suene afinada", 1],
      ["Que quepa en el presupuesto", 0],
    ]);
    expect(fit.unmetNeeds).toEqual(["Que quepa en el presupuesto"]);
  });

  it("has no share while nothing counts", () => {
    expect(personaFit({ ...lucia, pains: [], gains: [], importance: NO_IMPORTANCE }).share).toBeNull();
  });
});

describe("pruneValueMap", () => {
  it("drops links and rankings of items the persona no longer has and respells the rest", () => {
    const pruned = pruneValueMap({
      ...lucia,
      pains: ["Miedo a equivocarse"],
      valueMap: [entry(1, "reliever", "Clase gratis", ["MIEDO a equivocarse", "Precio alto"], ["que quepa en el presupuesto", "Otra"])],
    });
    expect(pruned.valueMap[0]).toMatchObject({ answers: ["Miedo a equivocarse"], needs: ["Que quepa en el presupuesto"] });
    expect(pruned.importance.pains).toEqual({ "Miedo a equivocarse": "essential" });
    expect(pruned.importance.gains).toEqual({ "Una guitarra bonita": "nice" });
  });
});
