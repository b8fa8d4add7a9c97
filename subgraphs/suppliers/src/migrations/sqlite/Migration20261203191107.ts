import { Migration } from '@mikro-orm/migrations';

/**
 * Provenance of facility values: one row per facility and field naming where its current value
 * came from (a list row, the registry's stewards, a merge, the demo data) and how sure the
 * registry is of it. Removed with its facility.
 */
export class Migration20261203191107 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`facility_field_source\` (\`id\` text not null, \`facility_id\` text not null, \`field\` text check (\`field\` in ('NAME', 'ADDRESS', 'COUNTRY', 'LOCATION', 'SECTORS', 'PRODUCT_TYPES', 'WORKER_COUNT', 'FEMALE_WORKER_SHARE', 'MIGRANT_WORKER_SHARE', 'OWNER', 'STATUS')) not null, \`kind\` text check (\`kind\` in ('LIST_IMPORT', 'REGISTRY_STEWARD', 'MERGE', 'SEED')) not null, \`confidence\` text check (\`confidence\` in ('VERIFIED', 'REPORTED', 'INFERRED')) not null, \`organization_id\` text null, \`list_import_id\` text null, \`row_number\` integer null, \`merged_from_id\` text null, \`recorded_at\` datetime not null, \`recorded_by\` text null, constraint \`facility_field_source_facility_id_foreign\` foreign key(\`facility_id\`) references \`facility\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`facility_field_source_facility_id_index\` on \`facility_field_source\` (\`facility_id\`);`);
  }

}
