CREATE TABLE "project_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "channel_id" uuid;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "channel_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "social_plans" ADD COLUMN "channel_id" uuid;--> statement-breakpoint
-- data step (hand-written)
-- One channel per project for every distinct name (case and surrounding spaces aside) typed in
-- the digital profile's networks, the personas' channels, the social plans' networks and the
-- campaigns' channels, listed in that order. A name that spells a ready-made channel's code
-- (lib/wizard/channel-names.ts) is stored as the code, so it is translated from now on. A
-- blank network or channel, which the forms never saved, becomes a channel named "—" rather
-- than leaving its row without one.
WITH typed AS (
	SELECT dp.project_id, u.value AS name, 0 AS source, 0 AS row_order, u.ord AS item_order
	FROM digital_profiles dp CROSS JOIN LATERAL unnest(dp.social_networks) WITH ORDINALITY AS u(value, ord)
	UNION ALL
	SELECT p.project_id, u.value, 1, p.position, u.ord
	FROM personas p CROSS JOIN LATERAL unnest(p.channels) WITH ORDINALITY AS u(value, ord)
	UNION ALL
	SELECT project_id, coalesce(nullif(btrim(network), ''), '—'), 2, position, 0 FROM social_plans
	UNION ALL
	SELECT project_id, coalesce(nullif(btrim(channel), ''), '—'), 3, position, 0 FROM campaigns
), named AS (
	SELECT project_id, left(btrim(name), 120) AS name, source, row_order, item_order FROM typed WHERE btrim(name) <> ''
), firsts AS (
	SELECT DISTINCT ON (project_id, lower(name))
		project_id,
		CASE WHEN lower(name) IN ('instagram', 'facebook', 'tiktok', 'youtube', 'linkedin', 'x', 'pinterest', 'whatsapp',
			'telegram', 'twitch', 'reddit', 'newsletter', 'website', 'search_ads', 'shop_window', 'local_press', 'events')
			THEN lower(name) ELSE name END AS name,
		source, row_order, item_order
	FROM named
	ORDER BY project_id, lower(name), source, row_order, item_order
)
INSERT INTO "project_channels" ("project_id", "name", "position")
SELECT project_id, name, (row_number() OVER (PARTITION BY project_id ORDER BY source, row_order, item_order, lower(name)) - 1)::int
FROM firsts;--> statement-breakpoint
-- Each persona keeps its channels in the order typed, each channel once.
UPDATE "personas" p SET "channel_ids" = coalesce((
	SELECT array_agg(picked.id ORDER BY picked.first_ord)
	FROM (
		SELECT pc.id, min(u.ord) AS first_ord
		FROM unnest(p.channels) WITH ORDINALITY AS u(value, ord)
		JOIN "project_channels" pc ON pc.project_id = p.project_id AND lower(pc.name) = lower(left(btrim(u.value), 120))
		GROUP BY pc.id
	) picked
), '{}'::uuid[]);--> statement-breakpoint
UPDATE "social_plans" sp SET "channel_id" = pc.id
FROM "project_channels" pc
WHERE pc.project_id = sp.project_id AND lower(pc.name) = lower(left(coalesce(nullif(btrim(sp.network), ''), '—'), 120));--> statement-breakpoint
UPDATE "campaigns" c SET "channel_id" = pc.id
FROM "project_channels" pc
WHERE pc.project_id = c.project_id AND lower(pc.name) = lower(left(coalesce(nullif(btrim(c.channel), ''), '—'), 120));--> statement-breakpoint
-- end of data step
ALTER TABLE "campaigns" ALTER COLUMN "channel_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "social_plans" ALTER COLUMN "channel_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "project_channels" ADD CONSTRAINT "project_channels_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_channels_project_idx" ON "project_channels" USING btree ("project_id","position");--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_channel_id_project_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."project_channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_plans" ADD CONSTRAINT "social_plans_channel_id_project_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."project_channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaigns_channel_idx" ON "campaigns" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "social_plans_channel_idx" ON "social_plans" USING btree ("channel_id");--> statement-breakpoint
ALTER TABLE "campaigns" DROP COLUMN "channel";--> statement-breakpoint
ALTER TABLE "digital_profiles" DROP COLUMN "social_networks";--> statement-breakpoint
ALTER TABLE "personas" DROP COLUMN "channels";--> statement-breakpoint
ALTER TABLE "social_plans" DROP COLUMN "network";
