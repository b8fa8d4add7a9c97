import { Migration } from '@mikro-orm/migrations';

/**
 * Read access the owner of a facility gives brands to its inspection reports
 * (`report_access_grant`, one row per report and buyer, kept when revoked), and brands' requests
 * for it (`report_access_request`).
 */
export class Migration20261203190601 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report_access_grant\` (\`id\` text not null, \`inspection_id\` text not null, \`buyer_id\` text not null, \`granted_by_id\` text not null, \`granted_at\` datetime not null, \`request_id\` text null, \`revoked_at\` datetime null, \`version\` integer not null default 1, constraint \`report_access_grant_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`report_access_grant_inspection_id_index\` on \`report_access_grant\` (\`inspection_id\`);`);
    this.addSql(`create index \`report_access_grant_buyer_id_revoked_at_index\` on \`report_access_grant\` (\`buyer_id\`, \`revoked_at\`);`);
    this.addSql(`create index \`report_access_grant_request_id_index\` on \`report_access_grant\` (\`request_id\`);`);
    this.addSql(`create unique index \`report_access_grant_inspection_id_buyer_id_unique\` on \`report_access_grant\` (\`inspection_id\`, \`buyer_id\`);`);
    this.addSql(`create table \`report_access_request\` (\`id\` text not null, \`facility_id\` text not null, \`facility_country\` text not null, \`facility_owner_id\` text not null, \`inspection_id\` text null, \`requested_by_id\` text not null, \`message\` text null, \`status\` text check (\`status\` in ('PENDING', 'GRANTED', 'DECLINED', 'WITHDRAWN')) not null default 'PENDING', \`requested_at\` datetime not null, \`decided_at\` datetime null, \`decided_by_id\` text null, \`decision_note\` text null, \`version\` integer not null default 1, constraint \`report_access_request_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`report_access_request_inspection_id_index\` on \`report_access_request\` (\`inspection_id\`);`);
    this.addSql(`create index \`report_access_request_requested_by_id_status_index\` on \`report_access_request\` (\`requested_by_id\`, \`status\`);`);
    this.addSql(`create index \`report_access_request_facility_owner_id_status_index\` on \`report_access_request\` (\`facility_owner_id\`, \`status\`);`);
    this.addSql(`create index \`report_access_request_facility_id_index\` on \`report_access_request\` (\`facility_id\`);`);
  }

}
