import { Migration } from '@mikro-orm/migrations';

export class Migration20261124171726 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "agreements";`);
    this.addSql(`create table "agreements"."agreement" ("id" varchar(60) not null, "title" varchar(300) not null, "kind" text check ("kind" in ('BILATERAL', 'MULTILATERAL', 'TRADE_AGREEMENT_LABOUR_CHAPTER', 'GLOBAL_FRAMEWORK_AGREEMENT', 'MEMORANDUM_OF_UNDERSTANDING', 'ENFORCEABLE_BRAND_AGREEMENT')) not null, "summary" text null, "status" text check ("status" in ('DRAFT', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED', 'EXPIRED')) not null default 'DRAFT', "status_since" date not null, "drafted_on" date not null, "expires_on" date null, "text_citation" varchar(500) null, "text_url" varchar(500) null, "grievance_mechanism" jsonb null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_status_kind_index" on "agreements"."agreement" ("status", "kind");`);
    this.addSql(`create index "agreement_title_index" on "agreements"."agreement" ("title");`);

    this.addSql(`create table "agreements"."agreement_convention" ("id" varchar(40) not null, "agreement_id" varchar(60) not null, "convention_code" varchar(4) not null, "position" int not null default 0, constraint "agreement_convention_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_convention_convention_code_index" on "agreements"."agreement_convention" ("convention_code");`);
    this.addSql(`alter table "agreements"."agreement_convention" add constraint "agreement_convention_agreement_id_convention_code_unique" unique ("agreement_id", "convention_code");`);

    this.addSql(`create table "agreements"."agreement_party" ("id" varchar(40) not null, "agreement_id" varchar(60) not null, "party_key" varchar(120) not null, "country_code" varchar(2) null, "organization_id" varchar(100) null, "role" text check ("role" in ('SIGNATORY', 'WITNESS', 'OBSERVER', 'SECRETARIAT', 'IMPLEMENTING_PARTNER')) not null default 'SIGNATORY', "since" date null, "position" int not null default 0, constraint "agreement_party_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_party_country_code_role_index" on "agreements"."agreement_party" ("country_code", "role");`);
    this.addSql(`create index "agreement_party_organization_id_index" on "agreements"."agreement_party" ("organization_id");`);
    this.addSql(`alter table "agreements"."agreement_party" add constraint "agreement_party_agreement_id_party_key_unique" unique ("agreement_id", "party_key");`);

    this.addSql(`create table "agreements"."agreement_provision" ("id" varchar(40) not null, "agreement_id" varchar(60) not null, "kind" text check ("kind" in ('LABOUR_RIGHTS_COMMITMENT', 'INFORMATION_SHARING', 'JOINT_INSPECTION', 'TECHNICAL_ASSISTANCE', 'CAPACITY_BUILDING', 'DISPUTE_RESOLUTION', 'GRIEVANCE_MECHANISM', 'INDEPENDENT_MONITORING', 'REMEDIATION', 'SUPPLY_CHAIN_DISCLOSURE', 'WORKER_TRAINING')) not null, "article" varchar(200) null, "summary" text null, "position" int not null default 0, constraint "agreement_provision_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_provision_kind_index" on "agreements"."agreement_provision" ("kind");`);
    this.addSql(`alter table "agreements"."agreement_provision" add constraint "agreement_provision_agreement_id_kind_unique" unique ("agreement_id", "kind");`);

    this.addSql(`create table "agreements"."agreement_amendment" ("id" varchar(40) not null, "agreement_id" varchar(60) not null, "adopted_on" date not null, "reference" varchar(500) null, "changed" jsonb not null, "recorded_at" timestamptz not null, constraint "agreement_amendment_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_amendment_agreement_id_index" on "agreements"."agreement_amendment" ("agreement_id");`);

    this.addSql(`create table "agreements"."audit_entry" ("id" varchar(40) not null, "at" timestamptz not null, "subject" varchar(200) null, "organization_id" varchar(100) null, "role" varchar(20) not null, "operation" varchar(120) not null, "target" varchar(200) not null, "country" varchar(2) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "agreements"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_country_at_index" on "agreements"."audit_entry" ("country", "at");`);

    this.addSql(`create table "agreements"."idempotency_record" ("id" varchar(400) not null, "operation" varchar(100) not null, "input_digest" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);

    this.addSql(`create table "agreements"."ratification" ("id" varchar(40) not null, "country_code" varchar(2) not null, "convention_code" varchar(4) not null, "date" date not null, "status" text check ("status" in ('IN_FORCE', 'NOT_IN_FORCE', 'DENOUNCED')) not null, "status_since" date not null, "date_certain" boolean not null default true, "note" text null, "recorded_at" timestamptz not null, constraint "ratification_pkey" primary key ("id"));`);
    this.addSql(`create index "ratification_convention_code_index" on "agreements"."ratification" ("convention_code");`);
    this.addSql(`alter table "agreements"."ratification" add constraint "ratification_country_code_convention_code_unique" unique ("country_code", "convention_code");`);

    this.addSql(`create table "agreements"."sharing_clause" ("id" varchar(40) not null, "agreement_id" varchar(60) not null, "category" text check ("category" in ('INSPECTION_FINDINGS', 'GRIEVANCE_CASES', 'SUPPLIER_REGISTRY', 'ENFORCEMENT_ACTIONS')) not null, "recipients" jsonb not null, "note" text null, constraint "sharing_clause_pkey" primary key ("id"));`);
    this.addSql(`alter table "agreements"."sharing_clause" add constraint "sharing_clause_agreement_id_category_unique" unique ("agreement_id", "category");`);

    this.addSql(`create table "agreements"."agreement_status_change" ("id" varchar(40) not null, "agreement_id" varchar(60) not null, "status" text check ("status" in ('DRAFT', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED', 'EXPIRED')) not null, "effective_on" date not null, "note" text null, "sequence" int not null, "recorded_at" timestamptz not null, constraint "agreement_status_change_pkey" primary key ("id"));`);
    this.addSql(`alter table "agreements"."agreement_status_change" add constraint "agreement_status_change_agreement_id_sequence_unique" unique ("agreement_id", "sequence");`);

    this.addSql(`alter table "agreements"."agreement_convention" add constraint "agreement_convention_agreement_id_foreign" foreign key ("agreement_id") references "agreements"."agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreements"."agreement_party" add constraint "agreement_party_agreement_id_foreign" foreign key ("agreement_id") references "agreements"."agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreements"."agreement_provision" add constraint "agreement_provision_agreement_id_foreign" foreign key ("agreement_id") references "agreements"."agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreements"."agreement_amendment" add constraint "agreement_amendment_agreement_id_foreign" foreign key ("agreement_id") references "agreements"."agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreements"."sharing_clause" add constraint "sharing_clause_agreement_id_foreign" foreign key ("agreement_id") references "agreements"."agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreements"."agreement_status_change" add constraint "agreement_status_change_agreement_id_foreign" foreign key ("agreement_id") references "agreements"."agreement" ("id") on update cascade on delete cascade;`);
  }

}
