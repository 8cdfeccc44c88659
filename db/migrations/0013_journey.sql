CREATE TABLE "journey_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "journey" jsonb DEFAULT '{"objective":"","walkedOn":"","walkedNotes":"","cells":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "journey_stages" ADD CONSTRAINT "journey_stages_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journey_stages_project_idx" ON "journey_stages" USING btree ("project_id","position");--> statement-breakpoint
-- data step (hand-written)
-- Every project starts with the five ready-made stages, stored by their codes, in the order
-- step 5 has always used for its content ideas.
INSERT INTO "journey_stages" ("project_id", "name", "position")
SELECT p."id", s."name", s."position"
FROM "projects" AS p
CROSS JOIN (VALUES ('awareness', 0), ('consideration', 1), ('decision', 2), ('retention', 3), ('advocacy', 4)) AS s("name", "position");
-- end of data step
