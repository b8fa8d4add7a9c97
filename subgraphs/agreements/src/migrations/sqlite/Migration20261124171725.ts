import { Migration } from '@mikro-orm/migrations';

export class Migration20261124171725 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`agreement\` (\`id\` text not null, \`title\` text not null, \`kind\` text check (\`kind\` in ('BILATERAL', 'MULTILATERAL', 'TRADE_AGREEMENT_LABOUR_CHAPTER', 'GLOBAL_FRAMEWORK_AGREEMENT', 'MEMORANDUM_OF_UNDERSTANDING', 'ENFORCEABLE_BRAND_AGREEMENT')) not null, \`summary\` text null, \`status\` text check (\`status\` in ('DRAFT', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED', 'EXPIRED')) not null default 'DRAFT', \`status_since\` date not null, \`drafted_on\` date not null, \`expires_on\` date null, \`text_citation\` text null, \`text_url\` text null, \`grievance_mechanism\` json null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`agreement_status_kind_index\` on \`agreement\` (\`status\`, \`kind\`);`);
    this.addSql(`create index \`agreement_title_index\` on \`agreement\` (\`title\`);`);

    this.addSql(`create table \`agreement_convention\` (\`id\` text not null, \`agreement_id\` text not null, \`convention_code\` text not null, \`position\` integer not null default 0, constraint \`agreement_convention_agreement_id_foreign\` foreign key(\`agreement_id\`) references \`agreement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`agreement_convention_agreement_id_index\` on \`agreement_convention\` (\`agreement_id\`);`);
    this.addSql(`create index \`agreement_convention_convention_code_index\` on \`agreement_convention\` (\`convention_code\`);`);
    this.addSql(`create unique index \`agreement_convention_agreement_id_convention_code_unique\` on \`agreement_convention\` (\`agreement_id\`, \`convention_code\`);`);

    this.addSql(`create table \`agreement_party\` (\`id\` text not null, \`agreement_id\` text not null, \`party_key\` text not null, \`country_code\` text null, \`organization_id\` text null, \`role\` text check (\`role\` in ('SIGNATORY', 'WITNESS', 'OBSERVER', 'SECRETARIAT', 'IMPLEMENTING_PARTNER')) not null default 'SIGNATORY', \`since\` date null, \`position\` integer not null default 0, constraint \`agreement_party_agreement_id_foreign\` foreign key(\`agreement_id\`) references \`agreement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`agreement_party_agreement_id_index\` on \`agreement_party\` (\`agreement_id\`);`);
    this.addSql(`create index \`agreement_party_country_code_role_index\` on \`agreement_party\` (\`country_code\`, \`role\`);`);
    this.addSql(`create index \`agreement_party_organization_id_index\` on \`agreement_party\` (\`organization_id\`);`);
    this.addSql(`create unique index \`agreement_party_agreement_id_party_key_unique\` on \`agreement_party\` (\`agreement_id\`, \`party_key\`);`);

    this.addSql(`create table \`agreement_provision\` (\`id\` text not null, \`agreement_id\` text not null, \`kind\` text check (\`kind\` in ('LABOUR_RIGHTS_COMMITMENT', 'INFORMATION_SHARING', 'JOINT_INSPECTION', 'TECHNICAL_ASSISTANCE', 'CAPACITY_BUILDING', 'DISPUTE_RESOLUTION', 'GRIEVANCE_MECHANISM', 'INDEPENDENT_MONITORING', 'REMEDIATION', 'SUPPLY_CHAIN_DISCLOSURE', 'WORKER_TRAINING')) not null, \`article\` text null, \`summary\` text null, \`position\` integer not null default 0, constraint \`agreement_provision_agreement_id_foreign\` foreign key(\`agreement_id\`) references \`agreement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`agreement_provision_agreement_id_index\` on \`agreement_provision\` (\`agreement_id\`);`);
    this.addSql(`create index \`agreement_provision_kind_index\` on \`agreement_provision\` (\`kind\`);`);
    this.addSql(`create unique index \`agreement_provision_agreement_id_kind_unique\` on \`agreement_provision\` (\`agreement_id\`, \`kind\`);`);

    this.addSql(`create table \`agreement_amendment\` (\`id\` text not null, \`agreement_id\` text not null, \`adopted_on\` date not null, \`reference\` text null, \`changed\` json not null, \`recorded_at\` datetime not null, constraint \`agreement_amendment_agreement_id_foreign\` foreign key(\`agreement_id\`) references \`agreement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`agreement_amendment_agreement_id_index\` on \`agreement_amendment\` (\`agreement_id\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`subject\` text null, \`organization_id\` text null, \`role\` text not null, \`operation\` text not null, \`target\` text not null, \`country\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_country_at_index\` on \`audit_entry\` (\`country\`, \`at\`);`);

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`operation\` text not null, \`input_digest\` text not null, \`result\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`ratification\` (\`id\` text not null, \`country_code\` text not null, \`convention_code\` text not null, \`date\` date not null, \`status\` text check (\`status\` in ('IN_FORCE', 'NOT_IN_FORCE', 'DENOUNCED')) not null, \`status_since\` date not null, \`date_certain\` integer not null default true, \`note\` text null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`ratification_convention_code_index\` on \`ratification\` (\`convention_code\`);`);
    this.addSql(`create unique index \`ratification_country_code_convention_code_unique\` on \`ratification\` (\`country_code\`, \`convention_code\`);`);

    this.addSql(`create table \`sharing_clause\` (\`id\` text not null, \`agreement_id\` text not null, \`category\` text check (\`category\` in ('INSPECTION_FINDINGS', 'GRIEVANCE_CASES', 'SUPPLIER_REGISTRY', 'ENFORCEMENT_ACTIONS')) not null, \`recipients\` json not null, \`note\` text null, constraint \`sharing_clause_agreement_id_foreign\` foreign key(\`agreement_id\`) references \`agreement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sharing_clause_agreement_id_index\` on \`sharing_clause\` (\`agreement_id\`);`);
    this.addSql(`create unique index \`sharing_clause_agreement_id_category_unique\` on \`sharing_clause\` (\`agreement_id\`, \`category\`);`);

    this.addSql(`create table \`agreement_status_change\` (\`id\` text not null, \`agreement_id\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED', 'EXPIRED')) not null, \`effective_on\` date not null, \`note\` text null, \`sequence\` integer not null, \`recorded_at\` datetime not null, constraint \`agreement_status_change_agreement_id_foreign\` foreign key(\`agreement_id\`) references \`agreement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`agreement_status_change_agreement_id_index\` on \`agreement_status_change\` (\`agreement_id\`);`);
    this.addSql(`create unique index \`agreement_status_change_agreement_id_sequence_unique\` on \`agreement_status_change\` (\`agreement_id\`, \`sequence\`);`);
  }

}
