-- Payment item kinds are declared by the service modules (services/registry.ts), not by an enum the
-- payments schema would have to grow: one unfinished payment per item of any kind, and a unique
-- index for the kinds paid once.
DROP INDEX "payment_items_fine_paid_once";--> statement-breakpoint
DROP INDEX "payment_items_one_unfinished";--> statement-breakpoint
ALTER TABLE "payment_items" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "payment_items" ADD COLUMN "paid_once" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Fines were the kind paid once (the index payment_items_fine_paid_once held it); they still are.
UPDATE "payment_items" SET "paid_once" = true WHERE "kind" = 'fine';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_items_paid_once" ON "payment_items" USING btree ("kind","ref_id") WHERE "payment_items"."paid_once" and "payment_items"."status" = 'succeeded';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_items_one_unfinished" ON "payment_items" USING btree ("kind","ref_id") WHERE "payment_items"."status" in ('created', 'pending');--> statement-breakpoint
DROP TYPE "public"."payment_item_kind";