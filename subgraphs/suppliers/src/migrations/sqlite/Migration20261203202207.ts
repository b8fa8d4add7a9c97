import { Migration } from '@mikro-orm/migrations';

/**
 * Recruitment agencies: the kind RECRUITMENT_AGENCY and an agency's licence on the organisation
 * (one agency per licence country and number; SQLite rebuilds the table for the new kind), and
 * the facilities' recruitment channels (`recruitment_channel`).
 */
export class Migration20261203202207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`organization__temp_alter\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('BRAND', 'SUPPLIER', 'UNION', 'REGULATOR', 'AUDIT_FIRM', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'EMPLOYER_ASSOCIATION', 'RECRUITMENT_AGENCY')) not null, \`country_code\` text not null, \`verified\` integer not null default false, \`website\` text null, \`licence_country\` text null, \`licence_number\` text null, \`licence_valid_until\` date null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`insert into \`organization__temp_alter\` select \`id\`, \`name\`, \`kind\`, \`country_code\`, \`verified\`, \`website\`, null, null, null, \`created_at\` from \`organization\`;`);
    this.addSql(`drop table \`organization\`;`);
    this.addSql(`alter table \`organization__temp_alter\` rename to \`organization\`;`);
    this.addSql(`create index \`organization_kind_country_code_index\` on \`organization\` (\`kind\`, \`country_code\`);`);
    this.addSql(`create unique index \`organization_licence_unique\` on \`organization\` (\`licence_country\`, \`licence_number\`);`);
    this.addSql(`pragma foreign_keys = on;`);

    this.addSql(`create table \`recruitment_channel\` (\`id\` text not null, \`facility_id\` text not null, \`agency_id\` text not null, \`from_country\` text null, \`to_country\` text null, \`since\` date not null, \`until\` date null, \`created_at\` datetime not null, constraint \`recruitment_channel_facility_id_foreign\` foreign key(\`facility_id\`) references \`facility\`(\`id\`) on delete cascade on update cascade, constraint \`recruitment_channel_agency_id_foreign\` foreign key(\`agency_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`recruitment_channel_facility_id_index\` on \`recruitment_channel\` (\`facility_id\`);`);
    this.addSql(`create index \`recruitment_channel_agency_id_index\` on \`recruitment_channel\` (\`agency_id\`);`);
  }

}
