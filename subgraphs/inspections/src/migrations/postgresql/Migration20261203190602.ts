import { Migration } from '@mikro-orm/migrations';

/**
 * Read access the owner of a facility gives brands to its inspection reports
 * (`report_access_grant`, one row per report and buyer, kept when revoked), and brands' requests
 * for it (`report_access_request`).
 */
export class Migration20261203190602 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inspections"."report_access_grant" ("id" varchar(40) not null, "inspection_id" varchar(40) not null, "buyer_id" varchar(100) not null, "granted_by_id" varchar(100) not null, "granted_at" timestamptz not null, "request_id" varchar(40) null, "revoked_at" timestamptz null, "version" int not null default 1, constraint "report_access_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "report_access_grant_buyer_id_revoked_at_index" on "inspections"."report_access_grant" ("buyer_id", "revoked_at");`);
    this.addSql(`create index "report_access_grant_request_id_index" on "inspections"."report_access_grant" ("request_id");`);
    this.addSql(`alter table "inspections"."report_access_grant" add constraint "report_access_grant_inspection_id_buyer_id_unique" unique ("inspection_id", "buyer_id");`);
    this.addSql(`create table "inspections"."report_access_request" ("id" varchar(40) not null, "facility_id" varchar(15) not null, "facility_country" varchar(2) not null, "facility_owner_id" varchar(100) not null, "inspection_id" varchar(40) null, "requested_by_id" varchar(100) not null, "message" text null, "status" text check ("status" in ('PENDING', 'GRANTED', 'DECLINED', 'WITHDRAWN')) not null default 'PENDING', "requested_at" timestamptz not null, "decided_at" timestamptz null, "decided_by_id" varchar(100) null, "decision_note" text null, "version" int not null default 1, constraint "report_access_request_pkey" primary key ("id"));`);
    this.addSql(`create index "report_access_request_requested_by_id_status_index" on "inspections"."report_access_request" ("requested_by_id", "status");`);
    this.addSql(`create index "report_access_request_facility_owner_id_status_index" on "inspections"."report_access_request" ("facility_owner_id", "status");`);
    this.addSql(`create index "report_access_request_facility_id_index" on "inspections"."report_access_request" ("facility_id");`);
    this.addSql(`alter table "inspections"."report_access_grant" add constraint "report_access_grant_inspection_id_foreign" foreign key ("inspection_id") references "inspections"."inspection" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspections"."report_access_request" add constraint "report_access_request_inspection_id_foreign" foreign key ("inspection_id") references "inspections"."inspection" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inspections"."report_access_grant" cascade;`);
    this.addSql(`drop table if exists "inspections"."report_access_request" cascade;`);
  }

}
