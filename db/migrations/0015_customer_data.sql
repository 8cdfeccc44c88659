CREATE TYPE "public"."customer_import_mode" AS ENUM('replace', 'add');--> statement-breakpoint
CREATE TYPE "public"."customer_import_status" AS ENUM('running', 'done');--> statement-breakpoint
CREATE TABLE "customer_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mode" "customer_import_mode" NOT NULL,
	"status" "customer_import_status" DEFAULT 'running' NOT NULL,
	"expected_lines" integer NOT NULL,
	"imported_lines" integer DEFAULT 0 NOT NULL,
	"last_batch_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_imports_file_name_length" CHECK (char_length("customer_imports"."file_name") <= 200),
	CONSTRAINT "customer_imports_lines_range" CHECK ("customer_imports"."expected_lines" > 0 and "customer_imports"."imported_lines" between 0 and "customer_imports"."expected_lines")
);
--> statement-breakpoint
CREATE TABLE "customer_purchases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "customer_purchases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"customer_id" text NOT NULL,
	"purchased_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"quantity" integer,
	"product" text,
	"channel" text,
	"city" text,
	"gender" text,
	"company" text,
	"age" smallint,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "customer_purchases_amount_positive" CHECK ("customer_purchases"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "customer_segment_values" (
	"project_id" uuid NOT NULL,
	"segment" text NOT NULL,
	"potential" smallint,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "customer_segment_values_project_id_segment_pk" PRIMARY KEY("project_id","segment"),
	CONSTRAINT "customer_segment_values_potential_range" CHECK ("customer_segment_values"."potential" is null or "customer_segment_values"."potential" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "customer_imports" ADD CONSTRAINT "customer_imports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_imports" ADD CONSTRAINT "customer_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_purchases" ADD CONSTRAINT "customer_purchases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_purchases" ADD CONSTRAINT "customer_purchases_import_id_customer_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."customer_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_segment_values" ADD CONSTRAINT "customer_segment_values_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_imports_project_idx" ON "customer_imports" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_imports_one_running" ON "customer_imports" USING btree ("project_id") WHERE "customer_imports"."status" = 'running';--> statement-breakpoint
CREATE INDEX "customer_purchases_project_customer_idx" ON "customer_purchases" USING btree ("project_id","customer_id");--> statement-breakpoint
CREATE INDEX "customer_purchases_import_idx" ON "customer_purchases" USING btree ("import_id");