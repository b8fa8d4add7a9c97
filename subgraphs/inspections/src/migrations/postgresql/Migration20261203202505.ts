import { Migration } from '@mikro-orm/migrations';

/**
 * Enforcement actions a labour inspectorate records against a facility (a warning, a fine, a
 * stop-work order…), and the findings each rests on.
 */
export class Migration20261203202505 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inspections"."enforcement_action" ("id" varchar(40) not null, "facility_id" varchar(15) not null, "facility_country" varchar(2) not null, "facility_owner_id" varchar(100) null, "kind" text check ("kind" in ('WARNING', 'IMPROVEMENT_NOTICE', 'FINE', 'STOP_WORK_ORDER', 'CLOSURE', 'LICENCE_WITHDRAWAL')) not null, "decided_by_id" varchar(100) not null, "decided_on" date not null, "effective_from" date null, "effective_until" date null, "amount" varchar(24) null, "currency" varchar(3) null, "legal_basis" text null, "summary" text not null, "published" boolean not null default false, "appeal_status" text check ("appeal_status" in ('NONE', 'LODGED', 'UPHELD', 'OVERTURNED', 'WITHDRAWN')) not null default 'NONE', "appeal_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "enforcement_action_pkey" primary key ("id"));`);
    this.addSql(`create index "enforcement_action_facility_country_decided_on_index" on "inspections"."enforcement_action" ("facility_country", "decided_on");`);
    this.addSql(`create index "enforcement_action_facility_id_decided_on_index" on "inspections"."enforcement_action" ("facility_id", "decided_on");`);
    this.addSql(`create index "enforcement_action_facility_owner_id_index" on "inspections"."enforcement_action" ("facility_owner_id");`);

    this.addSql(`create table "inspections"."enforcement_action_finding" ("id" varchar(40) not null, "enforcement_action_id" varchar(40) not null, "finding_id" varchar(40) not null, constraint "enforcement_action_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "enforcement_action_finding_finding_id_index" on "inspections"."enforcement_action_finding" ("finding_id");`);
    this.addSql(`alter table "inspections"."enforcement_action_finding" add constraint "enforcement_action_finding_enforcement_action_id__c9f06_unique" unique ("enforcement_action_id", "finding_id");`);

    this.addSql(`alter table "inspections"."enforcement_action_finding" add constraint "enforcement_action_finding_enforcement_action_id_foreign" foreign key ("enforcement_action_id") references "inspections"."enforcement_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspections"."enforcement_action_finding" add constraint "enforcement_action_finding_finding_id_foreign" foreign key ("finding_id") references "inspections"."finding" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspections"."enforcement_action_finding" drop constraint "enforcement_action_finding_enforcement_action_id_foreign";`);

    this.addSql(`drop table if exists "inspections"."enforcement_action" cascade;`);

    this.addSql(`drop table if exists "inspections"."enforcement_action_finding" cascade;`);
  }

}
