import { Migration } from '@mikro-orm/migrations';

export class Migration20261124164825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "suppliers";`);
    this.addSql(`create table "suppliers"."audit_entry" ("id" varchar(40) not null, "at" timestamptz not null, "subject" varchar(200) null, "organization_id" varchar(40) null, "role" varchar(20) not null, "operation" varchar(120) not null, "target" varchar(200) not null, "country" varchar(2) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "suppliers"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_country_at_index" on "suppliers"."audit_entry" ("country", "at");`);

    this.addSql(`create table "suppliers"."idempotency_record" ("id" varchar(400) not null, "operation" varchar(100) not null, "input_digest" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);

    this.addSql(`create table "suppliers"."organization" ("id" varchar(40) not null, "name" varchar(300) not null, "kind" text check ("kind" in ('BRAND', 'SUPPLIER', 'UNION', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'EMPLOYER_ASSOCIATION')) not null, "country_code" varchar(2) not null, "verified" boolean not null default false, "website" varchar(300) null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_kind_country_code_index" on "suppliers"."organization" ("kind", "country_code");`);

    this.addSql(`create table "suppliers"."facility" ("id" varchar(15) not null, "name" varchar(300) not null, "address" varchar(500) not null, "country_code" varchar(2) not null, "search_text" varchar(800) not null, "latitude" double precision null, "longitude" double precision null, "sectors" jsonb not null, "product_types" jsonb not null, "worker_count_min" int null, "worker_count_max" int null, "female_worker_share" double precision null, "migrant_worker_share" double precision null, "owner_id" varchar(40) null, "status" text check ("status" in ('ACTIVE', 'CLOSED', 'MOVED')) not null default 'ACTIVE', "moved_to_id" varchar(15) null, "created_at" timestamptz not null, constraint "facility_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_country_code_status_index" on "suppliers"."facility" ("country_code", "status");`);
    this.addSql(`create index "facility_search_text_index" on "suppliers"."facility" ("search_text");`);

    this.addSql(`create table "suppliers"."supply_chain_link" ("id" varchar(40) not null, "buyer_id" varchar(40) not null, "facility_id" varchar(15) not null, "tier" int not null default 1, "since" date not null, "until" date null, "products" jsonb not null, "publicly_disclosed" boolean not null default false, constraint "supply_chain_link_pkey" primary key ("id"));`);
    this.addSql(`create index "supply_chain_link_facility_id_index" on "suppliers"."supply_chain_link" ("facility_id");`);
    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_buyer_id_facility_id_unique" unique ("buyer_id", "facility_id");`);

    this.addSql(`alter table "suppliers"."facility" add constraint "facility_owner_id_foreign" foreign key ("owner_id") references "suppliers"."organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_buyer_id_foreign" foreign key ("buyer_id") references "suppliers"."organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);
  }

}
