CREATE TYPE "public"."payment_item_kind" AS ENUM('epd', 'fine', 'meal_topup');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('created', 'pending', 'succeeded', 'declined', 'expired', 'refunded');--> statement-breakpoint
CREATE TABLE "payment_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"payment_id" uuid,
	"source" text NOT NULL,
	"signature_valid" boolean,
	"outcome" text,
	"applied" boolean DEFAULT false NOT NULL,
	"body" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"kind" "payment_item_kind" NOT NULL,
	"ref_id" uuid NOT NULL,
	"amount_kopecks" integer NOT NULL,
	"status" "payment_status" DEFAULT 'created' NOT NULL,
	CONSTRAINT "payment_items_amount_positive" CHECK ("payment_items"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"fingerprint" text NOT NULL,
	"amount_kopecks" integer NOT NULL,
	"status" "payment_status" DEFAULT 'created' NOT NULL,
	"provider" text NOT NULL,
	"provider_payment_id" text,
	"receipt_number" text,
	"card_last4" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"succeeded_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	CONSTRAINT "payments_providerPaymentId_unique" UNIQUE("provider_payment_id"),
	CONSTRAINT "payments_receiptNumber_unique" UNIQUE("receipt_number"),
	CONSTRAINT "payments_one_per_key" UNIQUE("user_id","idempotency_key"),
	CONSTRAINT "payments_amount_in_range" CHECK ("payments"."amount_kopecks" > 0 and "payments"."amount_kopecks" <= 50000000)
);
--> statement-breakpoint
CREATE TABLE "sandbox_acquirer_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_payment_id" uuid NOT NULL,
	"amount_kopecks" integer NOT NULL,
	"description" text NOT NULL,
	"return_url" text NOT NULL,
	"callback_url" text NOT NULL,
	"state" text DEFAULT 'awaiting_card' NOT NULL,
	"card_last4" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_acquirer_payments_merchantPaymentId_unique" UNIQUE("merchant_payment_id")
);
--> statement-breakpoint
ALTER TABLE "usage_events" ADD COLUMN "amount_kopecks" integer;--> statement-breakpoint
ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_items" ADD CONSTRAINT "payment_items_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_events_payment_idx" ON "payment_events" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "payment_items_payment_idx" ON "payment_items" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "payment_items_ref_idx" ON "payment_items" USING btree ("kind","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_items_one_unfinished" ON "payment_items" USING btree ("kind","ref_id") WHERE "payment_items"."kind" in ('epd', 'fine') and "payment_items"."status" in ('created', 'pending');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_items_fine_paid_once" ON "payment_items" USING btree ("ref_id") WHERE "payment_items"."kind" = 'fine' and "payment_items"."status" = 'succeeded';--> statement-breakpoint
CREATE INDEX "payments_user_idx" ON "payments" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "payments_unfinished_idx" ON "payments" USING btree ("expires_at") WHERE "payments"."status" in ('created', 'pending');