import { Migration } from '@mikro-orm/migrations';

export class Migration20261124171034 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`subject\` text null, \`organization_id\` text null, \`role\` text not null, \`operation\` text not null, \`target\` text not null, \`country\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_country_at_index\` on \`audit_entry\` (\`country\`, \`at\`);`);

    this.addSql(`create table \`grievance\` (\`id\` text not null, \`tracking_code\` text not null, \`secret_hash\` text null, \`facility_id\` text null, \`facility_country\` text not null, \`reported_facility_name\` text null, \`facility_owner_id\` text null, \`filed_by\` text check (\`filed_by\` in ('WORKER', 'UNION', 'CIVIL_SOCIETY', 'BRAND', 'REGULATOR', 'ANONYMOUS')) not null, \`filing_organization_id\` text null, \`filer_subject\` text null, \`complainant_identity\` text null, \`contact\` text null, \`channel\` text check (\`channel\` in ('WEB', 'PHONE', 'SMS', 'WHATSAPP', 'IN_PERSON', 'EMAIL', 'HOTLINE', 'UNION_REPRESENTATIVE')) not null, \`language\` text not null, \`areas\` json not null, \`retaliation_claim\` integer not null default false, \`summary\` text not null, \`description\` text not null, \`workers_affected\` integer null, \`status\` text check (\`status\` in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'NOT_SUBSTANTIATED', 'ESCALATED', 'WITHDRAWN')) not null default 'RECEIVED', \`version\` integer not null default 1, \`handler_kind\` text check (\`handler_kind\` in ('MECHANISM', 'FACILITY_OWNER', 'REGULATOR')) not null, \`handler_organization_id\` text null, \`agreement_id\` text null, \`rules\` json not null, \`filed_at\` datetime not null, \`filed_month\` text not null, \`acknowledged_at\` datetime null, \`responded_at\` datetime null, \`step_completions\` json not null, \`acknowledge_by\` datetime not null, \`respond_by\` datetime not null, \`next_due_at\` datetime null, \`escalated_at\` datetime null, \`closed_at\` datetime null, \`event_sequence\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`grievance_tracking_code_unique\` on \`grievance\` (\`tracking_code\`);`);
    this.addSql(`create index \`grievance_facility_id_status_index\` on \`grievance\` (\`facility_id\`, \`status\`);`);
    this.addSql(`create index \`grievance_facility_country_status_index\` on \`grievance\` (\`facility_country\`, \`status\`);`);
    this.addSql(`create index \`grievance_filing_organization_id_index\` on \`grievance\` (\`filing_organization_id\`);`);
    this.addSql(`create index \`grievance_handler_organization_id_index\` on \`grievance\` (\`handler_organization_id\`);`);
    this.addSql(`create index \`grievance_facility_owner_id_index\` on \`grievance\` (\`facility_owner_id\`);`);
    this.addSql(`create index \`grievance_status_next_due_at_index\` on \`grievance\` (\`status\`, \`next_due_at\`);`);
    this.addSql(`create index \`grievance_filed_at_index\` on \`grievance\` (\`filed_at\`);`);

    this.addSql(`create table \`grievance_area\` (\`grievance_id\` text not null, \`area\` text check (\`area\` in ('CHILD_LABOUR', 'DISCRIMINATION', 'FORCED_LABOUR', 'FREEDOM_OF_ASSOCIATION', 'OCCUPATIONAL_SAFETY_AND_HEALTH', 'COMPENSATION', 'CONTRACTS_AND_HR', 'WORKING_TIME')) not null, constraint \`grievance_area_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`grievance_id\`, \`area\`));`);
    this.addSql(`create index \`grievance_area_grievance_id_index\` on \`grievance_area\` (\`grievance_id\`);`);
    this.addSql(`create index \`grievance_area_area_index\` on \`grievance_area\` (\`area\`);`);

    this.addSql(`create table \`grievance_event\` (\`id\` text not null, \`grievance_id\` text not null, \`sequence\` integer not null, \`at\` datetime not null, \`kind\` text check (\`kind\` in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED')) not null, \`status\` text check (\`status\` in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_REVIEW', 'INVESTIGATING', 'REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'NOT_SUBSTANTIATED', 'ESCALATED', 'WITHDRAWN')) not null, \`actor_role\` text not null, \`actor_organization_id\` text null, \`note\` text null, \`public\` integer not null default false, \`note_public\` integer not null default false, \`notified_organization_id\` text null, constraint \`grievance_event_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`grievance_event_grievance_id_index\` on \`grievance_event\` (\`grievance_id\`);`);
    this.addSql(`create unique index \`grievance_event_grievance_id_sequence_unique\` on \`grievance_event\` (\`grievance_id\`, \`sequence\`);`);

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`operation\` text not null, \`input_digest\` text not null, \`result\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`remediation\` (\`grievance_id\` text not null, \`actions_agreed\` json not null, \`back_pay_amount\` numeric(14,2) null, \`back_pay_currency\` text null, \`compensation_amount\` numeric(14,2) null, \`compensation_currency\` text null, \`workers_reinstated\` integer null, \`recorded_at\` datetime not null, \`recorded_by_organization_id\` text null, \`verified_by_organization_id\` text null, \`verified_at\` datetime null, constraint \`remediation_grievance_id_foreign\` foreign key(\`grievance_id\`) references \`grievance\`(\`id\`) on delete cascade on update cascade, primary key (\`grievance_id\`));`);
  }

}
