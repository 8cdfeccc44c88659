CREATE TABLE "plan_branding" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"logo" "bytea",
	"logo_type" text,
	"accent_color" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_branding" ADD CONSTRAINT "plan_branding_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;