import { Migration } from '@mikro-orm/migrations';

export class Migration20261124171808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`subject\` text null, \`organization_id\` text null, \`role\` text not null, \`operation\` text not null, \`target\` text not null, \`country\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_country_at_index\` on \`audit_entry\` (\`country\`, \`at\`);`);

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`operation\` text not null, \`input_digest\` text not null, \`result\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`inspection\` (\`id\` text not null, \`facility_id\` text not null, \`facility_country\` text not null, \`facility_sector\` text null, \`facility_owner_id\` text null, \`kind\` text check (\`kind\` in ('LABOUR_INSPECTORATE', 'SOCIAL_AUDIT', 'JOINT_INSPECTION', 'FOLLOW_UP')) not null, \`conducted_by_id\` text not null, \`agreement_id\` text null, \`started_on\` date not null, \`ended_on\` date not null, \`ended_month\` text not null, \`announced\` integer not null default true, \`workers_interviewed\` integer not null default 0, \`status\` text check (\`status\` in ('SCHEDULED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED', 'DISPUTED')) not null default 'SUBMITTED', \`disclosure\` text check (\`disclosure\` in ('PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC')) not null default 'PRIVATE', \`summary\` text null, \`submitted_at\` datetime null, \`published_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_facility_id_ended_on_index\` on \`inspection\` (\`facility_id\`, \`ended_on\`);`);
    this.addSql(`create index \`inspection_facility_country_ended_on_index\` on \`inspection\` (\`facility_country\`, \`ended_on\`);`);
    this.addSql(`create index \`inspection_facility_sector_ended_on_index\` on \`inspection\` (\`facility_sector\`, \`ended_on\`);`);
    this.addSql(`create index \`inspection_ended_month_index\` on \`inspection\` (\`ended_month\`);`);
    this.addSql(`create index \`inspection_conducted_by_id_index\` on \`inspection\` (\`conducted_by_id\`);`);
    this.addSql(`create index \`inspection_facility_owner_id_index\` on \`inspection\` (\`facility_owner_id\`);`);
    this.addSql(`create index \`inspection_disclosure_published_at_index\` on \`inspection\` (\`disclosure\`, \`published_at\`);`);

    this.addSql(`create table \`finding\` (\`id\` text not null, \`inspection_id\` text not null, \`position\` integer not null, \`area\` text check (\`area\` in ('CHILD_LABOUR', 'DISCRIMINATION', 'FORCED_LABOUR', 'FREEDOM_OF_ASSOCIATION', 'OCCUPATIONAL_SAFETY_AND_HEALTH', 'COMPENSATION', 'CONTRACTS_AND_HR', 'WORKING_TIME')) not null, \`conventions\` json not null, \`compliance_point\` text not null, \`severity\` text check (\`severity\` in ('ZERO_TOLERANCE', 'MAJOR', 'MINOR', 'OBSERVATION')) not null, \`description\` text not null, \`evidence\` text null, \`workers_affected\` integer null, \`status\` text check (\`status\` in ('OPEN', 'IN_PROGRESS', 'REMEDIATED', 'VERIFIED', 'DISPUTED')) not null default 'OPEN', \`dispute_reason\` text null, \`disputed_at\` datetime null, \`disputed_by_id\` text null, constraint \`finding_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`finding_inspection_id_index\` on \`finding\` (\`inspection_id\`);`);
    this.addSql(`create index \`finding_inspection_id_position_index\` on \`finding\` (\`inspection_id\`, \`position\`);`);
    this.addSql(`create index \`finding_inspection_id_area_severity_index\` on \`finding\` (\`inspection_id\`, \`area\`, \`severity\`);`);

    this.addSql(`create table \`corrective_action\` (\`id\` text not null, \`finding_id\` text not null, \`inspection_id\` text not null, \`action\` text not null, \`root_cause\` text not null, \`owner\` text not null, \`due_on\` date not null, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED', 'REJECTED')) not null default 'PLANNED', \`verified_by_id\` text null, \`verified_at\` datetime null, \`verification_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`corrective_action_finding_id_foreign\` foreign key(\`finding_id\`) references \`finding\`(\`id\`) on delete cascade on update cascade, constraint \`corrective_action_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`corrective_action_inspection_id_index\` on \`corrective_action\` (\`inspection_id\`);`);
    this.addSql(`create index \`corrective_action_finding_id_index\` on \`corrective_action\` (\`finding_id\`);`);
    this.addSql(`create index \`corrective_action_status_due_on_index\` on \`corrective_action\` (\`status\`, \`due_on\`);`);

    this.addSql(`create table \`inspection_party\` (\`id\` text not null, \`inspection_id\` text not null, \`organization_id\` text not null, \`role\` text check (\`role\` in ('BUYER', 'JOINT_INSPECTOR')) not null, constraint \`inspection_party_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_party_inspection_id_index\` on \`inspection_party\` (\`inspection_id\`);`);
    this.addSql(`create index \`inspection_party_organization_id_role_index\` on \`inspection_party\` (\`organization_id\`, \`role\`);`);
    this.addSql(`create unique index \`inspection_party_inspection_id_organization_id_role_unique\` on \`inspection_party\` (\`inspection_id\`, \`organization_id\`, \`role\`);`);
  }

}
