ALTER TABLE "personas" ADD COLUMN "decision_roles" "decision_role"[] DEFAULT '{buyer}'::decision_role[] NOT NULL;--> statement-breakpoint
-- data step (hand-written)
-- A persona used to hold one buying-decision role; it now holds a list. Each persona keeps
-- the role it had, as the only item of its list.
UPDATE "personas" SET "decision_roles" = ARRAY["decision_role"];--> statement-breakpoint
-- end of data step
ALTER TABLE "personas" DROP COLUMN "decision_role";--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_decision_roles_not_empty" CHECK (cardinality("personas"."decision_roles") >= 1);
