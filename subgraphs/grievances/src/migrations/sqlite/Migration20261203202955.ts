import { Migration } from '@mikro-orm/migrations';

/** The recruitment agency a grievance names, and whether the registry confirmed it at filing. */
export class Migration20261203202955 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`grievance\` add column \`recruitment_agency_id\` text null;`);
    this.addSql(`alter table \`grievance\` add column \`recruitment_agency_verified\` integer null;`);
  }

}
