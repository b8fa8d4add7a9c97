import { Migration } from '@mikro-orm/migrations';

/**
 * Joint inspections signed by every inspectorate: the signatures (`inspection_signature`, one per
 * inspectorate and inspection), and the status AWAITING_COSIGNATURE of a joint inspection that
 * waits for its partners' signatures.
 */
export class Migration20261203190707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`inspection_signature\` (\`id\` text not null, \`inspection_id\` text not null, \`organization_id\` text not null, \`signed_at\` datetime not null, constraint \`inspection_signature_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_signature_inspection_id_index\` on \`inspection_signature\` (\`inspection_id\`);`);
    this.addSql(`create unique index \`inspection_signature_inspection_id_organization_id_unique\` on \`inspection_signature\` (\`inspection_id\`, \`organization_id\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`inspection__temp_alter\` (\`id\` text not null, \`facility_id\` text not null, \`facility_country\` text not null, \`facility_sector\` text null, \`facility_owner_id\` text null, \`kind\` text check (\`kind\` in ('LABOUR_INSPECTORATE', 'SOCIAL_AUDIT', 'JOINT_INSPECTION', 'FOLLOW_UP')) not null, \`conducted_by_id\` text not null, \`agreement_id\` text null, \`started_on\` date not null, \`ended_on\` date not null, \`ended_month\` text not null, \`announced\` integer not null default true, \`workers_interviewed\` integer not null default 0, \`status\` text check (\`status\` in ('SCHEDULED', 'IN_PROGRESS', 'AWAITING_COSIGNATURE', 'SUBMITTED', 'PUBLISHED', 'DISPUTED')) not null default 'SUBMITTED', \`disclosure\` text check (\`disclosure\` in ('PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC')) not null default 'PRIVATE', \`summary\` text null, \`submitted_at\` datetime null, \`published_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`insert into \`inspection__temp_alter\` select \`id\`, \`facility_id\`, \`facility_country\`, \`facility_sector\`, \`facility_owner_id\`, \`kind\`, \`conducted_by_id\`, \`agreement_id\`, \`started_on\`, \`ended_on\`, \`ended_month\`, \`announced\`, \`workers_interviewed\`, \`status\`, \`disclosure\`, \`summary\`, \`submitted_at\`, \`published_at\`, \`created_at\`, \`updated_at\` from \`inspection\`;`);
    this.addSql(`drop table \`inspection\`;`);
    this.addSql(`alter table \`inspection__temp_alter\` rename to \`inspection\`;`);
    this.addSql(`create index \`inspection_facility_id_ended_on_index\` on \`inspection\` (\`facility_id\`, \`ended_on\`);`);
    this.addSql(`create index \`inspection_facility_country_ended_on_index\` on \`inspection\` (\`facility_country\`, \`ended_on\`);`);
    this.addSql(`create index \`inspection_facility_sector_ended_on_index\` on \`inspection\` (\`facility_sector\`, \`ended_on\`);`);
    this.addSql(`create index \`inspection_ended_month_index\` on \`inspection\` (\`ended_month\`);`);
    this.addSql(`create index \`inspection_conducted_by_id_index\` on \`inspection\` (\`conducted_by_id\`);`);
    this.addSql(`create index \`inspection_facility_owner_id_index\` on \`inspection\` (\`facility_owner_id\`);`);
    this.addSql(`create index \`inspection_disclosure_published_at_index\` on \`inspection\` (\`disclosure\`, \`published_at\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
