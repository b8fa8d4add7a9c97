import { Migration } from '@mikro-orm/migrations';

/**
 * Recruitment agencies: the kind RECRUITMENT_AGENCY and an agency's licence on the organisation
 * (one agency per licence country and number), and the facilities' recruitment channels
 * (`recruitment_channel`).
 */
export class Migration20261203202208 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "suppliers"."recruitment_channel" ("id" varchar(100) not null, "facility_id" varchar(15) not null, "agency_id" varchar(100) not null, "from_country" varchar(2) null, "to_country" varchar(2) null, "since" date not null, "until" date null, "created_at" timestamptz not null, constraint "recruitment_channel_pkey" primary key ("id"));`);
    this.addSql(`create index "recruitment_channel_facility_id_index" on "suppliers"."recruitment_channel" ("facility_id");`);
    this.addSql(`create index "recruitment_channel_agency_id_index" on "suppliers"."recruitment_channel" ("agency_id");`);

    this.addSql(`alter table "suppliers"."recruitment_channel" add constraint "recruitment_channel_facility_id_foreign" foreign key ("facility_id") references "suppliers"."facility" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "suppliers"."recruitment_channel" add constraint "recruitment_channel_agency_id_foreign" foreign key ("agency_id") references "suppliers"."organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "suppliers"."organization" drop constraint if exists "organization_kind_check";`);

    this.addSql(`alter table "suppliers"."organization" add column "licence_country" varchar(2) null, add column "licence_number" varchar(100) null, add column "licence_valid_until" date null;`);
    this.addSql(`alter table "suppliers"."organization" add constraint "organization_kind_check" check("kind" in ('BRAND', 'SUPPLIER', 'UNION', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'EMPLOYER_ASSOCIATION', 'RECRUITMENT_AGENCY'));`);
    this.addSql(`alter table "suppliers"."organization" add constraint "organization_licence_unique" unique ("licence_country", "licence_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "suppliers"."recruitment_channel" cascade;`);

    this.addSql(`alter table "suppliers"."organization" drop constraint if exists "organization_kind_check";`);

    this.addSql(`alter table "suppliers"."organization" drop constraint "organization_licence_unique";`);
    this.addSql(`alter table "suppliers"."organization" drop column "licence_country", drop column "licence_number", drop column "licence_valid_until";`);

    this.addSql(`alter table "suppliers"."organization" add constraint "organization_kind_check" check("kind" in ('BRAND', 'SUPPLIER', 'UNION', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'EMPLOYER_ASSOCIATION'));`);
  }

}
