CREATE TYPE "public"."campaign_kind" AS ENUM('launch', 'promotion');--> statement-breakpoint
CREATE TYPE "public"."decision_role" AS ENUM('buyer', 'influencer', 'decision_maker', 'end_user', 'saboteur');--> statement-breakpoint
CREATE TYPE "public"."journey_stage" AS ENUM('awareness', 'consideration', 'decision', 'retention', 'advocacy');--> statement-breakpoint
CREATE TABLE "campaign_personas" (
	"campaign_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	CONSTRAINT "campaign_personas_campaign_id_persona_id_pk" PRIMARY KEY("campaign_id","persona_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"offering_id" uuid NOT NULL,
	"kind" "campaign_kind" NOT NULL,
	"channel" text NOT NULL,
	"budget_cents" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"objective" text DEFAULT '' NOT NULL,
	"success_metric" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaigns_dates_order" CHECK ("campaigns"."starts_on" is null or "campaigns"."ends_on" is null or "campaigns"."starts_on" <= "campaigns"."ends_on"),
	CONSTRAINT "campaigns_budget_positive" CHECK ("campaigns"."budget_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "competitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"overlap" text DEFAULT '' NOT NULL,
	"revenue_model" text DEFAULT '' NOT NULL,
	"channels" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"format" text DEFAULT '' NOT NULL,
	"stage" "journey_stage" NOT NULL,
	"addresses" text DEFAULT '' NOT NULL,
	"planned_on" date,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digital_profiles" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"social_networks" text[] DEFAULT '{}'::text[] NOT NULL,
	"media" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"pain_points" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"offering_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"age_min" smallint,
	"age_max" smallint,
	"gender" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"occupation" text DEFAULT '' NOT NULL,
	"generation" text DEFAULT '' NOT NULL,
	"goals" text[] DEFAULT '{}'::text[] NOT NULL,
	"jobs" text[] DEFAULT '{}'::text[] NOT NULL,
	"pains" text[] DEFAULT '{}'::text[] NOT NULL,
	"gains" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"motivations" text DEFAULT '' NOT NULL,
	"ideals" text DEFAULT '' NOT NULL,
	"decision_role" "decision_role" DEFAULT 'buyer' NOT NULL,
	"needs_intermediary" boolean DEFAULT false NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"attracting_content" text DEFAULT '' NOT NULL,
	"objections" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "personas_age_order" CHECK ("personas"."age_min" is null or "personas"."age_max" is null or "personas"."age_min" <= "personas"."age_max")
);
--> statement-breakpoint
CREATE TABLE "social_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	"network" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"frequency" text DEFAULT '' NOT NULL,
	"tone" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_profiles" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"age_min" smallint,
	"age_max" smallint,
	"generations" text[] DEFAULT '{}'::text[] NOT NULL,
	"genders" text[] DEFAULT '{}'::text[] NOT NULL,
	"locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"household" text DEFAULT '' NOT NULL,
	"occupation" text DEFAULT '' NOT NULL,
	"economic_level" text DEFAULT '' NOT NULL,
	"education_level" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"values_and_customs" text DEFAULT '' NOT NULL,
	CONSTRAINT "target_profiles_age_order" CHECK ("target_profiles"."age_min" is null or "target_profiles"."age_max" is null or "target_profiles"."age_min" <= "target_profiles"."age_max")
);
--> statement-breakpoint
ALTER TABLE "campaign_personas" ADD CONSTRAINT "campaign_personas_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_personas" ADD CONSTRAINT "campaign_personas_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitors" ADD CONSTRAINT "competitors_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_ideas" ADD CONSTRAINT "content_ideas_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_ideas" ADD CONSTRAINT "content_ideas_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_profiles" ADD CONSTRAINT "digital_profiles_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_plans" ADD CONSTRAINT "social_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_plans" ADD CONSTRAINT "social_plans_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_profiles" ADD CONSTRAINT "target_profiles_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_personas_persona_idx" ON "campaign_personas" USING btree ("persona_id");--> statement-breakpoint
CREATE INDEX "campaigns_project_idx" ON "campaigns" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "campaigns_offering_idx" ON "campaigns" USING btree ("offering_id");--> statement-breakpoint
CREATE INDEX "competitors_project_idx" ON "competitors" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "content_ideas_project_idx" ON "content_ideas" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "content_ideas_persona_idx" ON "content_ideas" USING btree ("persona_id");--> statement-breakpoint
CREATE INDEX "personas_project_idx" ON "personas" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "personas_offering_idx" ON "personas" USING btree ("offering_id");--> statement-breakpoint
CREATE INDEX "social_plans_project_idx" ON "social_plans" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "social_plans_persona_idx" ON "social_plans" USING btree ("persona_id");