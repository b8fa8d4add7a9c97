import { Migration } from '@mikro-orm/migrations';

/** The recruitment agency (a registry organisation) a finding concerns, when the inspector named one. */
export class Migration20261203202844 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`finding\` add column \`recruitment_agency_id\` text null;`);
  }

}
