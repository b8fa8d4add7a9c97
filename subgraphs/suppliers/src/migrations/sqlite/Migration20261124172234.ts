import { Migration } from '@mikro-orm/migrations';

export class Migration20261124172234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`subject\` text null, \`organization_id\` text null, \`role\` text not null, \`operation\` text not null, \`target\` text not null, \`country\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_country_at_index\` on \`audit_entry\` (\`country\`, \`at\`);`);

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`operation\` text not null, \`input_digest\` text not null, \`result\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`organization\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('BRAND', 'SUPPLIER', 'UNION', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'EMPLOYER_ASSOCIATION')) not null, \`country_code\` text not null, \`verified\` integer not null default false, \`website\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`organization_kind_country_code_index\` on \`organization\` (\`kind\`, \`country_code\`);`);

    this.addSql(`create table \`facility_list_import\` (\`id\` text not null, \`organization_id\` text not null, \`uploaded_by\` text null, \`file_name\` text not null, \`file_digest\` text not null, \`publicly_disclosed\` integer not null default false, \`status\` text check (\`status\` in ('RUNNING', 'COMPLETED', 'FAILED')) not null default 'RUNNING', \`total_rows\` integer not null default 0, \`processed_rows\` integer not null default 0, \`new_count\` integer not null default 0, \`matched_count\` integer not null default 0, \`potential_match_count\` integer not null default 0, \`error_count\` integer not null default 0, \`failure_reason\` text null, \`started_at\` datetime not null, \`finished_at\` datetime null, constraint \`facility_list_import_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`facility_list_import_organization_id_index\` on \`facility_list_import\` (\`organization_id\`);`);
    this.addSql(`create index \`facility_list_import_organization_id_file_digest_index\` on \`facility_list_import\` (\`organization_id\`, \`file_digest\`);`);
    this.addSql(`create index \`facility_list_import_organization_id_started_at_index\` on \`facility_list_import\` (\`organization_id\`, \`started_at\`);`);

    this.addSql(`create table \`facility_list_import_row\` (\`id\` text not null, \`import_id\` text not null, \`organization_id\` text not null, \`row_number\` integer not null, \`data\` json null, \`outcome\` text check (\`outcome\` in ('NEW', 'MATCHED', 'POTENTIAL_MATCH', 'ERROR')) not null, \`facility_id\` text null, \`score\` double null, \`candidates\` json not null, \`reason\` text null, \`fingerprint\` text null, \`resolution\` text check (\`resolution\` in ('CONFIRMED', 'REJECTED')) null, \`resolved_at\` datetime null, \`resolved_by\` text null, constraint \`facility_list_import_row_import_id_foreign\` foreign key(\`import_id\`) references \`facility_list_import\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`facility_list_import_row_import_id_index\` on \`facility_list_import_row\` (\`import_id\`);`);
    this.addSql(`create index \`facility_list_import_row_organization_id_fingerprint_index\` on \`facility_list_import_row\` (\`organization_id\`, \`fingerprint\`);`);
    this.addSql(`create index \`facility_list_import_row_facility_id_index\` on \`facility_list_import_row\` (\`facility_id\`);`);
    this.addSql(`create unique index \`facility_list_import_row_import_id_row_number_unique\` on \`facility_list_import_row\` (\`import_id\`, \`row_number\`);`);

    this.addSql(`create table \`facility\` (\`id\` text not null, \`name\` text not null, \`address\` text not null, \`country_code\` text not null, \`search_text\` text not null, \`latitude\` double null, \`longitude\` double null, \`sectors\` json not null, \`product_types\` json not null, \`worker_count_min\` integer null, \`worker_count_max\` integer null, \`female_worker_share\` double null, \`migrant_worker_share\` double null, \`owner_id\` text null, \`status\` text check (\`status\` in ('ACTIVE', 'CLOSED', 'MOVED')) not null default 'ACTIVE', \`moved_to_id\` text null, \`created_at\` datetime not null, constraint \`facility_owner_id_foreign\` foreign key(\`owner_id\`) references \`organization\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`facility_owner_id_index\` on \`facility\` (\`owner_id\`);`);
    this.addSql(`create index \`facility_country_code_status_index\` on \`facility\` (\`country_code\`, \`status\`);`);
    this.addSql(`create index \`facility_search_text_index\` on \`facility\` (\`search_text\`);`);

    this.addSql(`create table \`facility_sector\` (\`sector\` text not null, \`facility_id\` text not null, constraint \`facility_sector_facility_id_foreign\` foreign key(\`facility_id\`) references \`facility\`(\`id\`) on delete cascade on update cascade, primary key (\`sector\`, \`facility_id\`));`);
    this.addSql(`create index \`facility_sector_facility_id_index\` on \`facility_sector\` (\`facility_id\`);`);

    this.addSql(`create table \`facility_search_term\` (\`term\` text not null, \`facility_id\` text not null, constraint \`facility_search_term_facility_id_foreign\` foreign key(\`facility_id\`) references \`facility\`(\`id\`) on delete cascade on update cascade, primary key (\`term\`, \`facility_id\`));`);
    this.addSql(`create index \`facility_search_term_facility_id_index\` on \`facility_search_term\` (\`facility_id\`);`);

    this.addSql(`create table \`facility_alias\` (\`id\` text not null, \`facility_id\` text not null, \`merged_at\` datetime not null, \`merged_by\` text null, constraint \`facility_alias_facility_id_foreign\` foreign key(\`facility_id\`) references \`facility\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`facility_alias_facility_id_index\` on \`facility_alias\` (\`facility_id\`);`);

    this.addSql(`create table \`supply_chain_link\` (\`id\` text not null, \`buyer_id\` text not null, \`facility_id\` text not null, \`tier\` integer not null default 1, \`since\` date not null, \`until\` date null, \`products\` json not null, \`publicly_disclosed\` integer not null default false, constraint \`supply_chain_link_buyer_id_foreign\` foreign key(\`buyer_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade, constraint \`supply_chain_link_facility_id_foreign\` foreign key(\`facility_id\`) references \`facility\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`supply_chain_link_buyer_id_index\` on \`supply_chain_link\` (\`buyer_id\`);`);
    this.addSql(`create index \`supply_chain_link_facility_id_index\` on \`supply_chain_link\` (\`facility_id\`);`);
    this.addSql(`create unique index \`supply_chain_link_buyer_id_facility_id_unique\` on \`supply_chain_link\` (\`buyer_id\`, \`facility_id\`);`);
  }

}
