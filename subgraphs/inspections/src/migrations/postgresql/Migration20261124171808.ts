import { Migration } from '@mikro-orm/migrations';

export class Migration20261124171808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "inspections";`);
    this.addSql(`create table "inspections"."audit_entry" ("id" varchar(40) not null, "at" timestamptz not null, "subject" varchar(200) null, "organization_id" varchar(100) null, "role" varchar(20) not null, "operation" varchar(120) not null, "target" varchar(200) not null, "country" varchar(2) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "inspections"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_country_at_index" on "inspections"."audit_entry" ("country", "at");`);

    this.addSql(`create table "inspections"."idempotency_record" ("id" varchar(400) not null, "operation" varchar(100) not null, "input_digest" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);

    this.addSql(`create table "inspections"."inspection" ("id" varchar(40) not null, "facility_id" varchar(15) not null, "facility_country" varchar(2) not null, "facility_sector" varchar(100) null, "facility_owner_id" varchar(100) null, "kind" text check ("kind" in ('LABOUR_INSPECTORATE', 'SOCIAL_AUDIT', 'JOINT_INSPECTION', 'FOLLOW_UP')) not null, "conducted_by_id" varchar(100) not null, "agreement_id" varchar(100) null, "started_on" date not null, "ended_on" date not null, "ended_month" varchar(7) not null, "announced" boolean not null default true, "workers_interviewed" int not null default 0, "status" text check ("status" in ('SCHEDULED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED', 'DISPUTED')) not null default 'SUBMITTED', "disclosure" text check ("disclosure" in ('PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC')) not null default 'PRIVATE', "summary" text null, "submitted_at" timestamptz null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_facility_id_ended_on_index" on "inspections"."inspection" ("facility_id", "ended_on");`);
    this.addSql(`create index "inspection_facility_country_ended_on_index" on "inspections"."inspection" ("facility_country", "ended_on");`);
    this.addSql(`create index "inspection_facility_sector_ended_on_index" on "inspections"."inspection" ("facility_sector", "ended_on");`);
    this.addSql(`create index "inspection_ended_month_index" on "inspections"."inspection" ("ended_month");`);
    this.addSql(`create index "inspection_conducted_by_id_index" on "inspections"."inspection" ("conducted_by_id");`);
    this.addSql(`create index "inspection_facility_owner_id_index" on "inspections"."inspection" ("facility_owner_id");`);
    this.addSql(`create index "inspection_disclosure_published_at_index" on "inspections"."inspection" ("disclosure", "published_at");`);

    this.addSql(`create table "inspections"."finding" ("id" varchar(40) not null, "inspection_id" varchar(40) not null, "position" int not null, "area" text check ("area" in ('CHILD_LABOUR', 'DISCRIMINATION', 'FORCED_LABOUR', 'FREEDOM_OF_ASSOCIATION', 'OCCUPATIONAL_SAFETY_AND_HEALTH', 'COMPENSATION', 'CONTRACTS_AND_HR', 'WORKING_TIME')) not null, "conventions" jsonb not null, "compliance_point" varchar(200) not null, "severity" text check ("severity" in ('ZERO_TOLERANCE', 'MAJOR', 'MINOR', 'OBSERVATION')) not null, "description" text not null, "evidence" text null, "workers_affected" int null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'REMEDIATED', 'VERIFIED', 'DISPUTED')) not null default 'OPEN', "dispute_reason" text null, "disputed_at" timestamptz null, "disputed_by_id" varchar(100) null, constraint "finding_pkey" primary key ("id"));`);
    this.addSql(`create index "finding_inspection_id_position_index" on "inspections"."finding" ("inspection_id", "position");`);
    this.addSql(`create index "finding_inspection_id_area_severity_index" on "inspections"."finding" ("inspection_id", "area", "severity");`);

    this.addSql(`create table "inspections"."corrective_action" ("id" varchar(40) not null, "finding_id" varchar(40) not null, "inspection_id" varchar(40) not null, "action" text not null, "root_cause" text not null, "owner" varchar(200) not null, "due_on" date not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED', 'REJECTED')) not null default 'PLANNED', "verified_by_id" varchar(100) null, "verified_at" timestamptz null, "verification_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "corrective_action_pkey" primary key ("id"));`);
    this.addSql(`create index "corrective_action_inspection_id_index" on "inspections"."corrective_action" ("inspection_id");`);
    this.addSql(`create index "corrective_action_finding_id_index" on "inspections"."corrective_action" ("finding_id");`);
    this.addSql(`create index "corrective_action_status_due_on_index" on "inspections"."corrective_action" ("status", "due_on");`);

    this.addSql(`create table "inspections"."inspection_party" ("id" varchar(40) not null, "inspection_id" varchar(40) not null, "organization_id" varchar(100) not null, "role" text check ("role" in ('BUYER', 'JOINT_INSPECTOR')) not null, constraint "inspection_party_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_party_organization_id_role_index" on "inspections"."inspection_party" ("organization_id", "role");`);
    this.addSql(`alter table "inspections"."inspection_party" add constraint "inspection_party_inspection_id_organization_id_role_unique" unique ("inspection_id", "organization_id", "role");`);

    this.addSql(`alter table "inspections"."finding" add constraint "finding_inspection_id_foreign" foreign key ("inspection_id") references "inspections"."inspection" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspections"."corrective_action" add constraint "corrective_action_finding_id_foreign" foreign key ("finding_id") references "inspections"."finding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspections"."corrective_action" add constraint "corrective_action_inspection_id_foreign" foreign key ("inspection_id") references "inspections"."inspection" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspections"."inspection_party" add constraint "inspection_party_inspection_id_foreign" foreign key ("inspection_id") references "inspections"."inspection" ("id") on update cascade on delete cascade;`);
  }

}
