CREATE TABLE "licence_links" (
	"licence_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "driving_licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"holder_name" text NOT NULL,
	"valid_until" date NOT NULL,
	CONSTRAINT "driving_licences_number_unique" UNIQUE("number"),
	CONSTRAINT "driving_licences_number_format" CHECK ("driving_licences"."number" ~ '^[0-9]{2}([0-9]{2}|[АВЕКМНОРСТУХ]{2})[0-9]{6}$'),
	CONSTRAINT "driving_licences_valid_after_issue" CHECK ("driving_licences"."valid_until" > "driving_licences"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "fine_notices" (
	"fine_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fine_notices_fine_id_user_id_pk" PRIMARY KEY("fine_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "fine_subscriptions" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uin" text NOT NULL,
	"vehicle_id" uuid,
	"licence_id" uuid,
	"article" text NOT NULL,
	"article_title" text NOT NULL,
	"place" text NOT NULL,
	"offence_at" timestamp with time zone NOT NULL,
	"decision_date" date NOT NULL,
	"decision_number" text NOT NULL,
	"amount_kopecks" integer NOT NULL,
	"camera" text,
	"officer" text,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fines_uin_unique" UNIQUE("uin"),
	CONSTRAINT "fines_uin_format" CHECK ("fines"."uin" ~ '^188[0-9]{17}$'),
	CONSTRAINT "fines_names_a_document" CHECK (num_nonnulls("fines"."vehicle_id", "fines"."licence_id") >= 1),
	CONSTRAINT "fines_article_format" CHECK ("fines"."article" ~ '^[0-9]{1,2}[.][0-9]{1,2}([.][0-9]{1,2})?( ч[.][0-9]{1,2}([.][0-9]{1,2})?)?$'),
	CONSTRAINT "fines_amount_positive" CHECK ("fines"."amount_kopecks" > 0),
	CONSTRAINT "fines_camera_or_officer" CHECK (num_nonnulls("fines"."camera", "fines"."officer") = 1),
	CONSTRAINT "fines_camera_names_vehicle" CHECK ("fines"."camera" is null or "fines"."vehicle_id" is not null),
	CONSTRAINT "fines_offence_before_decision" CHECK (("fines"."offence_at" at time zone 'Europe/Moscow')::date <= "fines"."decision_date")
);
--> statement-breakpoint
ALTER TABLE "licence_links" ADD CONSTRAINT "licence_links_licence_id_driving_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."driving_licences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_links" ADD CONSTRAINT "licence_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_notices" ADD CONSTRAINT "fine_notices_fine_id_fines_id_fk" FOREIGN KEY ("fine_id") REFERENCES "public"."fines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_notices" ADD CONSTRAINT "fine_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_subscriptions" ADD CONSTRAINT "fine_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fines" ADD CONSTRAINT "fines_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fines" ADD CONSTRAINT "fines_licence_id_driving_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."driving_licences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licence_links_user_idx" ON "licence_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "fines_vehicle_idx" ON "fines" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "fines_licence_idx" ON "fines" USING btree ("licence_id");--> statement-breakpoint
CREATE INDEX "fines_created_idx" ON "fines" USING btree ("created_at");