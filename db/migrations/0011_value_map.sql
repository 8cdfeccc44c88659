CREATE TYPE "public"."profile_item_kind" AS ENUM('pain', 'gain');--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "answers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "content_ideas" ADD COLUMN "addresses_kind" "profile_item_kind";--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "importance" jsonb DEFAULT '{"jobs":{},"pains":{},"gains":{}}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "value_map" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "motivation_rivals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "intermediary_for" uuid;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_intermediary_for_personas_id_fk" FOREIGN KEY ("intermediary_for") REFERENCES "public"."personas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- data step (hand-written)
-- A content idea's "addresses" was free text. Where it names one of its persona's pains or
-- gains (ignoring case and surrounding spaces), it becomes a link to that item, spelt as the
-- persona spells it; any other text is kept as it was, without a link. Pains are tried first.
UPDATE "content_ideas" AS ci SET "addresses" = m."item", "addresses_kind" = 'pain'
FROM "personas" AS p, unnest(p."pains") AS m("item")
WHERE p."id" = ci."persona_id" AND lower(btrim(ci."addresses")) = lower(btrim(m."item")) AND btrim(ci."addresses") <> '';--> statement-breakpoint
UPDATE "content_ideas" AS ci SET "addresses" = m."item", "addresses_kind" = 'gain'
FROM "personas" AS p, unnest(p."gains") AS m("item")
WHERE p."id" = ci."persona_id" AND ci."addresses_kind" IS NULL
  AND lower(btrim(ci."addresses")) = lower(btrim(m."item")) AND btrim(ci."addresses") <> '';--> statement-breakpoint
-- Step 4 used to be complete with personas that had only a name. Its stored completion is
-- recomputed with today's rule (a job, a pain, a gain and the MIN per persona), so the
-- stepper of an existing project says what is missing without waiting for its next save.
UPDATE "project_steps" AS ps
SET "completed" = false,
    "missing" = (
      SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM jsonb_array_elements(ps."missing") AS e
      WHERE e->>'code' NOT IN ('personaWithoutProfile', 'personaWithoutMin')
    ) || gaps."items"
FROM (
  SELECT p."project_id", jsonb_agg(g."item" ORDER BY o."position", p."position", p."id", g."ord") AS "items"
  FROM "personas" AS p
  JOIN "offerings" AS o ON o."id" = p."offering_id"
  CROSS JOIN LATERAL (VALUES
    (1, CASE WHEN cardinality(p."jobs") = 0 OR cardinality(p."pains") = 0 OR cardinality(p."gains") = 0
        THEN jsonb_build_object('code', 'personaWithoutProfile', 'name', p."name") END),
    (2, CASE WHEN btrim(p."needs") = '' OR btrim(p."motivations") = '' OR btrim(p."ideals") = ''
        THEN jsonb_build_object('code', 'personaWithoutMin', 'name', p."name") END)
  ) AS g("ord", "item")
  WHERE g."item" IS NOT NULL
  GROUP BY p."project_id"
) AS gaps
WHERE ps."project_id" = gaps."project_id" AND ps."step" = 4;
-- end of data step
