import { Migration } from '@mikro-orm/migrations';

/**
 * Provenance of facility values: one row per facility and field naming where its current value
 * came from (a list row, the registry's stewards, a merge, the demo data) and how sure the
 * registry is of it. Removed with its facility.
 */
export class Migration20261203191108 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "suppliers"."facility_field_source" ("id" varchar(40) not null, "facility_id" varchar(15) not null, "field" text check ("field" in ('NAME', 'ADDRESS', 'COUNTRY', 'LOCATION', 'SECTORS', 'PRODUCT_TYPES', 'WORKER_COUNT', 'FEMALE_WORKER_SHARE', 'MIGRANT_WORKER_SHARE', 'OWNER', 'STATUS')) not null, "kind" text check ("kind" in ('LIST_IMPORT', 'REGISTRY_STEWARD', 'MERGE', 'SEED')) not null, "confidence" text check ("confidence" in ('VERIFIED', 'REPORTED', 'INFERRED')) not null, "organization_id" varchar(100) null, "list_import_id" varchar(40) null, "row_number" int null, "merged_from_id" varchar(15) null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) null, constraint "facility_field_source_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_field_source_facility_id_index" on "suppliers"."facility_field_source" ("facility_id");`);

    this.addSql(`alter table "suppliers"."facility_field_source" add constraint "facility_field_source_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "suppliers"."facility_field_source" cascade;`);
  }

}
