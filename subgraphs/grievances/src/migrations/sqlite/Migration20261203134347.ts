import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`grievance_message\` (\`id\` text not null, \`grievance_id\` text not null, \`sequence\` integer not null, \`at\` datetime not null, \`direction\` text check (\`direction\` in ('TO_COMPLAINANT', 'FROM_COMPLAINANT')) not null, \`text\` text not null, \`template\` text check (\`template\` in ('DATES', 'STILL_EMPLOYED', 'WITNESSES', 'SAFE_CONTACT', 'RETALIATION_SINCE_FILING')) null, \`in_reply_to_id\` text null, \`author_role\` text null, \`author_organization_id\` text null, constraint \`grievance_message_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`grievance_message_grievance_id_index\` on \`grievance_message\` (\`grievance_id\`);`);
    this.addSql(`create unique index \`grievance_message_grievance_id_sequence_unique\` on \`grievance_message\` (\`grievance_id\`, \`sequence\`);`);
    this.addSql(`create unique index \`grievance_message_in_reply_to_id_unique\` on \`grievance_message\` (\`in_reply_to_id\`);`);

    this.addSql(`alter table \`grievance\` add column \`retaliation_of\` text null;`);
    this.addSql(`alter table \`grievance\` add column \`next_escalation_at\` datetime null;`);
    this.addSql(`alter table \`grievance\` add column \`escalations\` json null;`);
    // Cases already running: the escalation job starts from their earliest unmet deadline.
    this.addSql(`update \`grievance\` set \`next_escalation_at\` = \`next_due_at\`, \`escalations\` = '{}';`);
    this.addSql(`create index \`grievance_next_escalation_at_index\` on \`grievance\` (\`next_escalation_at\`);`);
    this.addSql(`create index \`grievance_retaliation_of_index\` on \`grievance\` (\`retaliation_of\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`grievance_area__temp_alter\` (\`grievance_id\` text not null, \`area\` text check (\`area\` in ('CHILD_LABOUR', 'DISCRIMINATION', 'FORCED_LABOUR', 'FREEDOM_OF_ASSOCIATION', 'OCCUPATIONAL_SAFETY_AND_HEALTH', 'COMPENSATION', 'CONTRACTS_AND_HR', 'WORKING_TIME')) not null, constraint \`grievance_area_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`grievance_id\`, \`area\`));`);
    this.addSql(`insert into \`grievance_area__temp_alter\` select \`grievance_id\`, \`area\` from \`grievance_area\`;`);
    this.addSql(`drop table \`grievance_area\`;`);
    this.addSql(`alter table \`grievance_area__temp_alter\` rename to \`grievance_area\`;`);
    this.addSql(`create index \`grievance_area_grievance_id_index\` on \`grievance_area\` (\`grievance_id\`);`);
    this.addSql(`create index \`grievance_area_area_index\` on \`grievance_area\` (\`area\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`grievance_event__temp_alter\` (\`id\` text not null, \`grievance_id\` text not null, \`sequence\` integer not null, \`at\` datetime not null, \`kind\` text check (\`kind\` in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'FACILITY_UNVERIFIED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN', 'QUESTION_ASKED', 'ANSWER_RECEIVED', 'MECHANISM_CORRECTED', 'DEADLINE_MISSED', 'RETALIATION_REPORTED')) not null, \`status\` text check (\`status\` in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'NOT_SUBSTANTIATED', 'ESCALATED', 'WITHDRAWN')) not null, \`actor_role\` text not null, \`actor_organization_id\` text null, \`note\` text null, \`public\` integer not null default false, \`note_public\` integer not null default false, \`notified_organization_id\` text null, constraint \`grievance_event_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`grievance_event__temp_alter\` select \`id\`, \`grievance_id\`, \`sequence\`, \`at\`, \`kind\`, \`status\`, \`actor_role\`, \`actor_organization_id\`, \`note\`, \`public\`, \`note_public\`, \`notified_organization_id\` from \`grievance_event\`;`);
    this.addSql(`drop table \`grievance_event\`;`);
    this.addSql(`alter table \`grievance_event__temp_alter\` rename to \`grievance_event\`;`);
    this.addSql(`create index \`grievance_event_grievance_id_index\` on \`grievance_event\` (\`grievance_id\`);`);
    this.addSql(`create unique index \`grievance_event_grievance_id_sequence_unique\` on \`grievance_event\` (\`grievance_id\`, \`sequence\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
