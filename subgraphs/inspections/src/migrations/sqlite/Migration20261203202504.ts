import { Migration } from '@mikro-orm/migrations';

/**
 * Enforcement actions a labour inspectorate records against a facility (a warning, a fine, a
 * stop-work order…), and the findings each rests on.
 */
export class Migration20261203202504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`enforcement_action\` (\`id\` text not null, \`facility_id\` text not null, \`facility_country\` text not null, \`facility_owner_id\` text null, \`kind\` text check (\`kind\` in ('WARNING', 'IMPROVEMENT_NOTICE', 'FINE', 'STOP_WORK_ORDER', 'CLOSURE', 'LICENCE_WITHDRAWAL')) not null, \`decided_by_id\` text not null, \`decided_on\` date not null, \`effective_from\` date null, \`effective_until\` date null, \`amount\` text null, \`currency\` text null, \`legal_basis\` text null, \`summary\` text not null, \`published\` integer not null default false, \`appeal_status\` text check (\`appeal_status\` in ('NONE', 'LODGED', 'UPHELD', 'OVERTURNED', 'WITHDRAWN')) not null default 'NONE', \`appeal_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`enforcement_action_facility_country_decided_on_index\` on \`enforcement_action\` (\`facility_country\`, \`decided_on\`);`);
    this.addSql(`create index \`enforcement_action_facility_id_decided_on_index\` on \`enforcement_action\` (\`facility_id\`, \`decided_on\`);`);
    this.addSql(`create index \`enforcement_action_facility_owner_id_index\` on \`enforcement_action\` (\`facility_owner_id\`);`);

    this.addSql(`create table \`enforcement_action_finding\` (\`id\` text not null, \`enforcement_action_id\` text not null, \`finding_id\` text not null, constraint \`enforcement_action_finding_enforcement_action_id_foreign\` foreign key(\`enforcement_action_id\`) references \`enforcement_action\`(\`id\`) on delete cascade on update cascade, constraint \`enforcement_action_finding_finding_id_foreign\` foreign key(\`finding_id\`) references \`finding\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`enforcement_action_finding_enforcement_action_id_index\` on \`enforcement_action_finding\` (\`enforcement_action_id\`);`);
    this.addSql(`create index \`enforcement_action_finding_finding_id_index\` on \`enforcement_action_finding\` (\`finding_id\`);`);
    this.addSql(`create unique index \`enforcement_action_finding_enforcement_action_id_finding_id_unique\` on \`enforcement_action_finding\` (\`enforcement_action_id\`, \`finding_id\`);`);
  }

}
