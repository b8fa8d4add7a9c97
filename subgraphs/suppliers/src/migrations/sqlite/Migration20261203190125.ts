import { Migration } from '@mikro-orm/migrations';

/**
 * Supply-chain links managed through the API: a link's status (existing links are ACTIVE), who
 * proposed, ended or declined it and when, the facility a tier-2+ link supplies, and a pending
 * change of tier. The unique (buyer, facility) pair becomes unique among current links only
 * (PROPOSED or ACTIVE), so that ended and declined links stay as history.
 */
export class Migration20261203190125 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`supply_chain_link_buyer_id_facility_id_unique\`;`);

    this.addSql(`alter table \`supply_chain_link\` add column \`status\` text check (\`status\` in ('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED')) not null default 'ACTIVE';`);
    this.addSql(`alter table \`supply_chain_link\` add column \`supplies_facility_id\` text null constraint \`supply_chain_link_supplies_facility_id_foreign\` references \`facility\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`proposed_by\` text check (\`proposed_by\` in ('BRAND', 'SUPPLIER', 'REGISTRY')) null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`ended_on\` date null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`ended_by\` text check (\`ended_by\` in ('BRAND', 'SUPPLIER', 'REGISTRY')) null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`end_reason\` text null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`pending_tier\` integer null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`pending_supplies_facility_id\` text null;`);
    this.addSql(`alter table \`supply_chain_link\` add column \`pending_proposed_by\` text check (\`pending_proposed_by\` in ('BRAND', 'SUPPLIER', 'REGISTRY')) null;`);
    this.addSql(`create index \`supply_chain_link_buyer_id_status_tier_index\` on \`supply_chain_link\` (\`buyer_id\`, \`status\`, \`tier\`);`);
    this.addSql(`create index \`supply_chain_link_supplies_facility_id_index\` on \`supply_chain_link\` (\`supplies_facility_id\`);`);
    this.addSql(`create unique index "supply_chain_link_current_unique" on "supply_chain_link" ("buyer_id", "facility_id") where "status" in ('PROPOSED', 'ACTIVE');`);
  }

}
