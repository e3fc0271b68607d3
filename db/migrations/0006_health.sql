CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"slot_id" uuid NOT NULL,
	"user_id" uuid,
	"child_id" uuid,
	"specialty" text NOT NULL,
	"booked_by" uuid NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "appointments_number_unique" UNIQUE("number"),
	CONSTRAINT "appointments_one_patient" CHECK (num_nonnulls("appointments"."user_id", "appointments"."child_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "clinic_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"user_id" uuid,
	"child_id" uuid,
	CONSTRAINT "clinic_attachments_userId_unique" UNIQUE("user_id"),
	CONSTRAINT "clinic_attachments_childId_unique" UNIQUE("child_id"),
	CONSTRAINT "clinic_attachments_one_patient" CHECK (num_nonnulls("clinic_attachments"."user_id", "clinic_attachments"."child_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "doctor_days_off" (
	"doctor_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "doctor_days_off_doctor_id_day_pk" PRIMARY KEY("doctor_id","day")
);
--> statement-breakpoint
CREATE TABLE "doctor_hours" (
	"doctor_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	CONSTRAINT "doctor_hours_doctor_id_weekday_starts_at_pk" PRIMARY KEY("doctor_id","weekday","starts_at"),
	CONSTRAINT "doctor_hours_weekday" CHECK ("doctor_hours"."weekday" between 1 and 7),
	CONSTRAINT "doctor_hours_times" CHECK ("doctor_hours"."starts_at" ~ '^[0-2][0-9]:[0-5][0-9]$' and "doctor_hours"."ends_at" ~ '^[0-2][0-9]:[0-5][0-9]$' and "doctor_hours"."starts_at" < "doctor_hours"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "doctors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"specialty" text NOT NULL,
	"room" text NOT NULL,
	CONSTRAINT "doctors_name_in_clinic" UNIQUE("clinic_id","full_name")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"child_id" uuid,
	"specialty" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"appointment_id" uuid,
	CONSTRAINT "referrals_one_patient" CHECK (num_nonnulls("referrals"."user_id", "referrals"."child_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"doctor_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" smallint NOT NULL,
	CONSTRAINT "slots_one_per_doctor_time" UNIQUE("doctor_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"specialty" text NOT NULL,
	"user_id" uuid,
	"child_id" uuid,
	"added_by" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offered_slot_id" uuid,
	"offer_expires_at" timestamp with time zone,
	CONSTRAINT "waitlist_one_patient" CHECK (num_nonnulls("waitlist_entries"."user_id", "waitlist_entries"."child_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_attachments" ADD CONSTRAINT "clinic_attachments_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_attachments" ADD CONSTRAINT "clinic_attachments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_attachments" ADD CONSTRAINT "clinic_attachments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_days_off" ADD CONSTRAINT "doctor_days_off_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_hours" ADD CONSTRAINT "doctor_hours_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctors" ADD CONSTRAINT "doctors_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_offered_slot_id_slots_id_fk" FOREIGN KEY ("offered_slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_slot_booked_once" ON "appointments" USING btree ("slot_id") WHERE "appointments"."status" = 'booked';--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_per_specialty_user" ON "appointments" USING btree ("user_id","specialty") WHERE "appointments"."status" = 'booked' and "appointments"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_per_specialty_child" ON "appointments" USING btree ("child_id","specialty") WHERE "appointments"."status" = 'booked' and "appointments"."child_id" is not null;--> statement-breakpoint
CREATE INDEX "appointments_booked_by_idx" ON "appointments" USING btree ("booked_by","created_at");--> statement-breakpoint
CREATE INDEX "doctors_clinic_specialty_idx" ON "doctors" USING btree ("clinic_id","specialty");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_used_once" ON "referrals" USING btree ("appointment_id") WHERE "referrals"."appointment_id" is not null;--> statement-breakpoint
CREATE INDEX "slots_time_idx" ON "slots" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "waitlist_queue_idx" ON "waitlist_entries" USING btree ("clinic_id","specialty","joined_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_once_per_user" ON "waitlist_entries" USING btree ("user_id","specialty") WHERE "waitlist_entries"."status" in ('waiting', 'offered') and "waitlist_entries"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_once_per_child" ON "waitlist_entries" USING btree ("child_id","specialty") WHERE "waitlist_entries"."status" in ('waiting', 'offered') and "waitlist_entries"."child_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_slot_offered_once" ON "waitlist_entries" USING btree ("offered_slot_id") WHERE "waitlist_entries"."status" = 'offered';