CREATE TYPE "public"."charge_basis" AS ENUM('reading', 'average', 'norm', 'area');--> statement-breakpoint
CREATE TYPE "public"."reading_kind" AS ENUM('water', 'electricity');--> statement-breakpoint
CREATE TYPE "public"."tariff_service" AS ENUM('cold_water', 'hot_water', 'water_disposal', 'electricity', 'heating', 'maintenance', 'capital_repair');--> statement-breakpoint
CREATE TABLE "epd_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"epd_id" uuid NOT NULL,
	"service" "tariff_service" NOT NULL,
	"zone" smallint DEFAULT 1 NOT NULL,
	"volume" numeric(12, 3) NOT NULL,
	"kopecks_per_unit" integer NOT NULL,
	"charge_kopecks" integer NOT NULL,
	"basis" charge_basis NOT NULL
);
--> statement-breakpoint
CREATE TABLE "epds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"apartment_id" uuid NOT NULL,
	"period" date NOT NULL,
	"charged_kopecks" integer NOT NULL,
	"debt_kopecks" integer DEFAULT 0 NOT NULL,
	"total_kopecks" integer NOT NULL,
	"due_date" date NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "epds_one_per_apartment_period" UNIQUE("apartment_id","period"),
	CONSTRAINT "epds_total_is_sum" CHECK ("epds"."total_kopecks" = "epds"."charged_kopecks" + "epds"."debt_kopecks")
);
--> statement-breakpoint
CREATE TABLE "meter_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meter_id" uuid NOT NULL,
	"period" date NOT NULL,
	"zone" smallint DEFAULT 1 NOT NULL,
	"value" numeric(12, 3) NOT NULL,
	"submission_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meter_readings_one_per_period" UNIQUE("meter_id","period","zone"),
	CONSTRAINT "meter_readings_value_non_negative" CHECK ("meter_readings"."value" >= 0),
	CONSTRAINT "meter_readings_zone_range" CHECK ("meter_readings"."zone" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "reading_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"apartment_id" uuid NOT NULL,
	"kind" "reading_kind" NOT NULL,
	"period" date NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"receipt_number" text NOT NULL,
	CONSTRAINT "reading_submissions_receiptNumber_unique" UNIQUE("receipt_number")
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service" "tariff_service" NOT NULL,
	"zones" smallint DEFAULT 1 NOT NULL,
	"zone" smallint DEFAULT 1 NOT NULL,
	"valid_from" date NOT NULL,
	"kopecks_per_unit" integer NOT NULL,
	CONSTRAINT "tariffs_service_zone_from" UNIQUE("service","zones","zone","valid_from"),
	CONSTRAINT "tariffs_price_positive" CHECK ("tariffs"."kopecks_per_unit" > 0)
);
--> statement-breakpoint
ALTER TABLE "epd_lines" ADD CONSTRAINT "epd_lines_epd_id_epds_id_fk" FOREIGN KEY ("epd_id") REFERENCES "public"."epds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epds" ADD CONSTRAINT "epds_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_submission_id_reading_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."reading_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_submissions" ADD CONSTRAINT "reading_submissions_apartment_id_apartments_id_fk" FOREIGN KEY ("apartment_id") REFERENCES "public"."apartments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_submissions" ADD CONSTRAINT "reading_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "epd_lines_epd_idx" ON "epd_lines" USING btree ("epd_id");--> statement-breakpoint
CREATE INDEX "reading_submissions_apartment_idx" ON "reading_submissions" USING btree ("apartment_id","period");