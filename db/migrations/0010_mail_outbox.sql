-- The mail outbox becomes a table of its own (a password reset's link must not sit in the inbox). Copies
-- left pending in the columns of 0009, added the same day, are not carried over.
CREATE TABLE "outbox_mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"next_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_mails_status" CHECK ("outbox_mails"."status" in ('pending', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_email_status";--> statement-breakpoint
DROP INDEX "notifications_email_due_idx";--> statement-breakpoint
ALTER TABLE "outbox_mails" ADD CONSTRAINT "outbox_mails_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_mails_due_idx" ON "outbox_mails" USING btree ("next_at") WHERE "outbox_mails"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "email_status";--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "email_attempts";--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "email_next_at";--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "emailed_at";--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "email_error";