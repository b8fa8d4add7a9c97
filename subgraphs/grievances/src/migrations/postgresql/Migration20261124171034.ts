import { Migration } from '@mikro-orm/migrations';

export class Migration20261124171034 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "grievances";`);
    this.addSql(`create table "grievances"."audit_entry" ("id" varchar(40) not null, "at" timestamptz not null, "subject" varchar(200) null, "organization_id" varchar(100) null, "role" varchar(20) not null, "operation" varchar(120) not null, "target" varchar(200) not null, "country" varchar(2) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "grievances"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_country_at_index" on "grievances"."audit_entry" ("country", "at");`);

    this.addSql(`create table "grievances"."grievance" ("id" varchar(40) not null, "tracking_code" varchar(20) not null, "secret_hash" varchar(200) null, "facility_id" varchar(15) null, "facility_country" varchar(2) not null, "reported_facility_name" varchar(300) null, "facility_owner_id" varchar(80) null, "filed_by" text check ("filed_by" in ('WORKER', 'UNION', 'CIVIL_SOCIETY', 'BRAND', 'REGULATOR', 'ANONYMOUS')) not null, "filing_organization_id" varchar(80) null, "filer_subject" varchar(200) null, "complainant_identity" text null, "contact" text null, "channel" text check ("channel" in ('WEB', 'PHONE', 'SMS', 'WHATSAPP', 'IN_PERSON', 'EMAIL', 'HOTLINE', 'UNION_REPRESENTATIVE')) not null, "language" varchar(35) not null, "areas" jsonb not null, "retaliation_claim" boolean not null default false, "summary" varchar(1200) not null, "description" text not null, "workers_affected" int null, "status" text check ("status" in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'NOT_SUBSTANTIATED', 'ESCALATED', 'WITHDRAWN')) not null default 'RECEIVED', "version" int not null default 1, "handler_kind" text check ("handler_kind" in ('MECHANISM', 'FACILITY_OWNER', 'REGULATOR')) not null, "handler_organization_id" varchar(80) null, "agreement_id" varchar(80) null, "rules" jsonb not null, "filed_at" timestamptz not null, "filed_month" varchar(7) not null, "acknowledged_at" timestamptz null, "responded_at" timestamptz null, "step_completions" jsonb not null, "acknowledge_by" timestamptz not null, "respond_by" timestamptz not null, "next_due_at" timestamptz null, "escalated_at" timestamptz null, "closed_at" timestamptz null, "event_sequence" int not null default 0, "updated_at" timestamptz not null, constraint "grievance_pkey" primary key ("id"));`);
    this.addSql(`alter table "grievances"."grievance" add constraint "grievance_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "grievance_facility_id_status_index" on "grievances"."grievance" ("facility_id", "status");`);
    this.addSql(`create index "grievance_facility_country_status_index" on "grievances"."grievance" ("facility_country", "status");`);
    this.addSql(`create index "grievance_filing_organization_id_index" on "grievances"."grievance" ("filing_organization_id");`);
    this.addSql(`create index "grievance_handler_organization_id_index" on "grievances"."grievance" ("handler_organization_id");`);
    this.addSql(`create index "grievance_facility_owner_id_index" on "grievances"."grievance" ("facility_owner_id");`);
    this.addSql(`create index "grievance_status_next_due_at_index" on "grievances"."grievance" ("status", "next_due_at");`);
    this.addSql(`create index "grievance_filed_at_index" on "grievances"."grievance" ("filed_at");`);

    this.addSql(`create table "grievances"."grievance_area" ("grievance_id" varchar(40) not null, "area" text check ("area" in ('CHILD_LABOUR', 'DISCRIMINATION', 'FORCED_LABOUR', 'FREEDOM_OF_ASSOCIATION', 'OCCUPATIONAL_SAFETY_AND_HEALTH', 'COMPENSATION', 'CONTRACTS_AND_HR', 'WORKING_TIME')) not null, constraint "grievance_area_pkey" primary key ("grievance_id", "area"));`);
    this.addSql(`create index "grievance_area_area_index" on "grievances"."grievance_area" ("area");`);

    this.addSql(`create table "grievances"."grievance_event" ("id" varchar(40) not null, "grievance_id" varchar(40) not null, "sequence" int not null, "at" timestamptz not null, "kind" text check ("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED')) not null, "status" text check ("status" in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'NOT_SUBSTANTIATED', 'ESCALATED', 'WITHDRAWN')) not null, "actor_role" varchar(20) not null, "actor_organization_id" varchar(80) null, "note" text null, "public" boolean not null default false, "note_public" boolean not null default false, "notified_organization_id" varchar(80) null, constraint "grievance_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_grievance_id_sequence_unique" unique ("grievance_id", "sequence");`);

    this.addSql(`create table "grievances"."idempotency_record" ("id" varchar(400) not null, "operation" varchar(100) not null, "input_digest" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);

    this.addSql(`create table "grievances"."remediation" ("grievance_id" varchar(40) not null, "actions_agreed" jsonb not null, "back_pay_amount" numeric(14,2) null, "back_pay_currency" varchar(3) null, "compensation_amount" numeric(14,2) null, "compensation_currency" varchar(3) null, "workers_reinstated" int null, "recorded_at" timestamptz not null, "recorded_by_organization_id" varchar(80) null, "verified_by_organization_id" varchar(80) null, "verified_at" timestamptz null, constraint "remediation_pkey" primary key ("grievance_id"));`);

    this.addSql(`alter table "grievances"."grievance_area" add constraint "grievance_area_grievance_id_foreign" foreign key ("grievance_id") references "grievances"."grievance" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_grievance_id_foreign" foreign key ("grievance_id") references "grievances"."grievance" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grievances"."remediation" add constraint "remediation_grievance_id_foreign" foreign key ("grievance_id") references "grievances"."grievance" ("id") on update cascade on delete cascade;`);
  }

}
