ALTER TYPE "public"."comment_target" ADD VALUE 'journey_stage';--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "stage_id" uuid;--> statement-breakpoint
ALTER TABLE "content_ideas" ADD COLUMN "stage_id" uuid;--> statement-breakpoint
-- data step (hand-written)
-- A project whose list no longer holds a stage its ideas name (none should: 0013 gave every
-- project all five) gets it back at the end, so no idea loses its stage.
INSERT INTO "journey_stages" ("project_id", "name", "position")
SELECT used."project_id", used."stage"::text,
  (SELECT coalesce(max(s."position"), -1) FROM "journey_stages" s WHERE s."project_id" = used."project_id")
    + row_number() OVER (PARTITION BY used."project_id" ORDER BY array_position(enum_range(NULL::"journey_stage"), used."stage"))
FROM (SELECT DISTINCT "project_id", "stage" FROM "content_ideas") AS used
WHERE NOT EXISTS (
  SELECT 1 FROM "journey_stages" s WHERE s."project_id" = used."project_id" AND s."name" = used."stage"::text
);--> statement-breakpoint
-- Each idea points at its project's stage named by the old code (the first, should a name repeat).
UPDATE "content_ideas" AS c SET "stage_id" = (
  SELECT s."id" FROM "journey_stages" s
  WHERE s."project_id" = c."project_id" AND s."name" = c."stage"::text
  ORDER BY s."position", s."id" LIMIT 1
);--> statement-breakpoint
-- end of data step
ALTER TABLE "content_ideas" ALTER COLUMN "stage_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_stage_id_journey_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."journey_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_ideas" ADD CONSTRAINT "content_ideas_stage_id_journey_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."journey_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaigns_stage_idx" ON "campaigns" USING btree ("stage_id");--> statement-breakpoint
CREATE INDEX "content_ideas_stage_idx" ON "content_ideas" USING btree ("stage_id");--> statement-breakpoint
ALTER TABLE "content_ideas" DROP COLUMN "stage";--> statement-breakpoint
DROP TYPE "public"."journey_stage";
