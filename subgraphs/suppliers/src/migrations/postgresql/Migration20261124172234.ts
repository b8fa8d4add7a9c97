import { Migration } from '@mikro-orm/migrations';

export class Migration20261124172234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "suppliers";`);
    this.addSql(`create table "suppliers"."audit_entry" ("id" varchar(40) not null, "at" timestamptz not null, "subject" varchar(200) null, "organization_id" varchar(100) null, "role" varchar(20) not null, "operation" varchar(120) not null, "target" varchar(200) not null, "country" varchar(2) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "suppliers"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_country_at_index" on "suppliers"."audit_entry" ("country", "at");`);

    this.addSql(`create table "suppliers"."idempotency_record" ("id" varchar(400) not null, "operation" varchar(100) not null, "input_digest" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);

    this.addSql(`create table "suppliers"."organization" ("id" varchar(100) not null, "name" varchar(300) not null, "kind" text check ("kind" in ('BRAND', 'SUPPLIER', 'UNION', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'EMPLOYER_ASSOCIATION')) not null, "country_code" varchar(2) not null, "verified" boolean not null default false, "website" varchar(300) null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_kind_country_code_index" on "suppliers"."organization" ("kind", "country_code");`);

    this.addSql(`create table "suppliers"."facility_list_import" ("id" varchar(40) not null, "organization_id" varchar(100) not null, "uploaded_by" varchar(200) null, "file_name" varchar(300) not null, "file_digest" varchar(64) not null, "publicly_disclosed" boolean not null default false, "status" text check ("status" in ('RUNNING', 'COMPLETED', 'FAILED')) not null default 'RUNNING', "total_rows" int not null default 0, "processed_rows" int not null default 0, "new_count" int not null default 0, "matched_count" int not null default 0, "potential_match_count" int not null default 0, "error_count" int not null default 0, "failure_reason" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, constraint "facility_list_import_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_list_import_organization_id_file_digest_index" on "suppliers"."facility_list_import" ("organization_id", "file_digest");`);
    this.addSql(`create index "facility_list_import_organization_id_started_at_index" on "suppliers"."facility_list_import" ("organization_id", "started_at");`);

    this.addSql(`create table "suppliers"."facility_list_import_row" ("id" varchar(40) not null, "import_id" varchar(40) not null, "organization_id" varchar(100) not null, "row_number" int not null, "data" jsonb null, "outcome" text check ("outcome" in ('NEW', 'MATCHED', 'POTENTIAL_MATCH', 'ERROR')) not null, "facility_id" varchar(15) null, "score" double precision null, "candidates" jsonb not null, "reason" text null, "fingerprint" varchar(64) null, "resolution" text check ("resolution" in ('CONFIRMED', 'REJECTED')) null, "resolved_at" timestamptz null, "resolved_by" varchar(200) null, constraint "facility_list_import_row_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_list_import_row_organization_id_fingerprint_index" on "suppliers"."facility_list_import_row" ("organization_id", "fingerprint");`);
    this.addSql(`create index "facility_list_import_row_facility_id_index" on "suppliers"."facility_list_import_row" ("facility_id");`);
    this.addSql(`alter table "suppliers"."facility_list_import_row" add constraint "facility_list_import_row_import_id_row_number_unique" unique ("import_id", "row_number");`);

    this.addSql(`create table "suppliers"."facility" ("id" varchar(15) not null, "name" varchar(300) not null, "address" varchar(500) not null, "country_code" varchar(2) not null, "search_text" varchar(800) not null, "latitude" double precision null, "longitude" double precision null, "sectors" jsonb not null, "product_types" jsonb not null, "worker_count_min" int null, "worker_count_max" int null, "female_worker_share" double precision null, "migrant_worker_share" double precision null, "owner_id" varchar(100) null, "status" text check ("status" in ('ACTIVE', 'CLOSED', 'MOVED')) not null default 'ACTIVE', "moved_to_id" varchar(15) null, "created_at" timestamptz not null, constraint "facility_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_country_code_status_index" on "suppliers"."facility" ("country_code", "status");`);
    this.addSql(`create extension if not exists pg_trgm; create index "facility_search_text_index" on "suppliers"."facility" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "suppliers"."facility_sector" ("sector" varchar(100) not null, "facility_id" varchar(15) not null, constraint "facility_sector_pkey" primary key ("sector", "facility_id"));`);
    this.addSql(`create index "facility_sector_facility_id_index" on "suppliers"."facility_sector" ("facility_id");`);

    this.addSql(`create table "suppliers"."facility_search_term" ("term" varchar(100) not null, "facility_id" varchar(15) not null, constraint "facility_search_term_pkey" primary key ("term", "facility_id"));`);
    this.addSql(`create index "facility_search_term_facility_id_index" on "suppliers"."facility_search_term" ("facility_id");`);

    this.addSql(`create table "suppliers"."facility_alias" ("id" varchar(15) not null, "facility_id" varchar(15) not null, "merged_at" timestamptz not null, "merged_by" varchar(200) null, constraint "facility_alias_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_alias_facility_id_index" on "suppliers"."facility_alias" ("facility_id");`);

    this.addSql(`create table "suppliers"."supply_chain_link" ("id" varchar(100) not null, "buyer_id" varchar(100) not null, "facility_id" varchar(15) not null, "tier" int not null default 1, "since" date not null, "until" date null, "products" jsonb not null, "publicly_disclosed" boolean not null default false, constraint "supply_chain_link_pkey" primary key ("id"));`);
    this.addSql(`create index "supply_chain_link_facility_id_index" on "suppliers"."supply_chain_link" ("facility_id");`);
    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_buyer_id_facility_id_unique" unique ("buyer_id", "facility_id");`);

    this.addSql(`alter table "suppliers"."facility_list_import" add constraint "facility_list_import_organization_id_foreign" foreign key ("organization_id") references "suppliers"."organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "suppliers"."facility_list_import_row" add constraint "facility_list_import_row_import_id_foreign" foreign key ("import_id") references "suppliers"."facility_list_import" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "suppliers"."facility" add constraint "facility_owner_id_foreign" foreign key ("owner_id") references "suppliers"."organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "suppliers"."facility_sector" add constraint "facility_sector_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "suppliers"."facility_search_term" add constraint "facility_search_term_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "suppliers"."facility_alias" add constraint "facility_alias_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_buyer_id_foreign" foreign key ("buyer_id") references "suppliers"."organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);
  }

}
