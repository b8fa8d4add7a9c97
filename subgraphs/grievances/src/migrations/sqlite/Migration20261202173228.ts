import { Migration } from '@mikro-orm/migrations';

/**
 * Whether the registry confirmed a case's facility at filing (null for cases filed before), and the
 * FACILITY_UNVERIFIED timeline event of a filing the registry could not check.
 */
export class Migration20261202173228 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`grievance\` add column \`facility_verified\` integer null;`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`grievance_event__temp_alter\` (\`id\` text not null, \`grievance_id\` text not null, \`sequence\` integer not null, \`at\` datetime not null, \`kind\` text check (\`kind\` in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'FACILITY_UNVERIFIED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN')) not null, \`status\` text check (\`status\` in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'NOT_SUBSTANTIATED', 'ESCALATED', 'WITHDRAWN')) not null, \`actor_role\` text not null, \`actor_organization_id\` text null, \`note\` text null, \`public\` integer not null default false, \`note_public\` integer not null default false, \`notified_organization_id\` text null, constraint \`grievance_event_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`grievance_event__temp_alter\` select \`id\`, \`grievance_id\`, \`sequence\`, \`at\`, \`kind\`, \`status\`, \`actor_role\`, \`actor_organization_id\`, \`note\`, \`public\`, \`note_public\`, \`notified_organization_id\` from \`grievance_event\`;`);
    this.addSql(`drop table \`grievance_event\`;`);
    this.addSql(`alter table \`grievance_event__temp_alter\` rename to \`grievance_event\`;`);
    this.addSql(`create index \`grievance_event_grievance_id_index\` on \`grievance_event\` (\`grievance_id\`);`);
    this.addSql(`create unique index \`grievance_event_grievance_id_sequence_unique\` on \`grievance_event\` (\`grievance_id\`, \`sequence\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
