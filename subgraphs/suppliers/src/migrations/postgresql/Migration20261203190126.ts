import { Migration } from '@mikro-orm/migrations';

/**
 * Supply-chain links managed through the API: a link's status (existing links are ACTIVE), who
 * proposed, ended or declined it and when, the facility a tier-2+ link supplies, and a pending
 * change of tier. The unique (buyer, facility) pair becomes unique among current links only
 * (PROPOSED or ACTIVE), so that ended and declined links stay as history.
 */
export class Migration20261203190126 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "suppliers"."supply_chain_link" drop constraint "supply_chain_link_buyer_id_facility_id_unique";`);

    this.addSql(`alter table "suppliers"."supply_chain_link" add column "status" text check ("status" in ('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED')) not null default 'ACTIVE', add column "supplies_facility_id" varchar(15) null, add column "proposed_by" text check ("proposed_by" in ('BRAND', 'SUPPLIER', 'REGISTRY')) null, add column "ended_on" date null, add column "ended_by" text check ("ended_by" in ('BRAND', 'SUPPLIER', 'REGISTRY')) null, add column "end_reason" varchar(500) null, add column "pending_tier" int null, add column "pending_supplies_facility_id" varchar(15) null, add column "pending_proposed_by" text check ("pending_proposed_by" in ('BRAND', 'SUPPLIER', 'REGISTRY')) null;`);
    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_supplies_facility_id_foreign" foreign key ("supplies_facility_id") references "suppliers"."facility" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "supply_chain_link_buyer_id_status_tier_index" on "suppliers"."supply_chain_link" ("buyer_id", "status", "tier");`);
    this.addSql(`create index "supply_chain_link_supplies_facility_id_index" on "suppliers"."supply_chain_link" ("supplies_facility_id");`);
    this.addSql(`create unique index "supply_chain_link_current_unique" on "suppliers"."supply_chain_link" ("buyer_id", "facility_id") where "status" in ('PROPOSED', 'ACTIVE');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "suppliers"."supply_chain_link" drop constraint "supply_chain_link_supplies_facility_id_foreign";`);

    this.addSql(`drop index "suppliers"."supply_chain_link_buyer_id_status_tier_index";`);
    this.addSql(`drop index "suppliers"."supply_chain_link_supplies_facility_id_index";`);
    this.addSql(`drop index "suppliers"."supply_chain_link_current_unique";`);
    this.addSql(`alter table "suppliers"."supply_chain_link" drop column "status", drop column "supplies_facility_id", drop column "proposed_by", drop column "ended_on", drop column "ended_by", drop column "end_reason", drop column "pending_tier", drop column "pending_supplies_facility_id", drop column "pending_proposed_by";`);

    this.addSql(`alter table "suppliers"."supply_chain_link" add constraint "supply_chain_link_buyer_id_facility_id_unique" unique ("buyer_id", "facility_id");`);
  }

}
