import { Migration } from '@mikro-orm/migrations';

/** The recruitment agency (a registry organisation) a finding concerns, when the inspector named one. */
export class Migration20261203202845 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "inspections"."finding" add column "recruitment_agency_id" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspections"."finding" drop column "recruitment_agency_id";`);
  }

}
