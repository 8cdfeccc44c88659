CREATE TYPE "public"."notification_kind" AS ENUM('step_changed', 'step_ready');--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"step" smallint NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"actor_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"events" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_step_range" CHECK ("notifications"."step" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "step_reviews" ADD COLUMN "ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "step_reviews" ADD COLUMN "ready_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "step_reviews" ADD COLUMN "ready_by" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "review_guide_dismissed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_unread_unique" ON "notifications" USING btree ("user_id","project_id","step") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","updated_at");--> statement-breakpoint
ALTER TABLE "step_reviews" ADD CONSTRAINT "step_reviews_ready_by_users_id_fk" FOREIGN KEY ("ready_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;