import type { Messages } from "@/lib/i18n/load-messages";
import type { ProjectKind } from "@/lib/projects/kinds";

/**
 * Every field's example comes from one invented business per kind, written once in
 * examples.{es,en}.json as examples.<kind>.<step>.<field>; the neutral "other" set gives the
 * shape every kind must fill (examples.test.ts checks that they all do, in every locale).
 */
type ExampleSet = Messages["examples"]["other"];

/** Dotted paths to the strings of a message tree: "name", "campaigns.budget". */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type ExampleStep = keyof ExampleSet;
export type ExampleField<S extends ExampleStep> = Leaves<ExampleSet[S]>;
/** A key under the `examples` namespace, as t() from useTranslations("examples") takes it. */
export type ExampleKey = `${ProjectKind}.${Leaves<ExampleSet>}`;

export function exampleKey<S extends ExampleStep>(kind: ProjectKind, step: S, field: ExampleField<S>): ExampleKey {
  return `${kind}.${step}.${field}` as ExampleKey;
}
