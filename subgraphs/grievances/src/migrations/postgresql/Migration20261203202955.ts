import { Migration } from '@mikro-orm/migrations';

/** The recruitment agency a grievance names, and whether the registry confirmed it at filing. */
export class Migration20261203202955 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grievances"."grievance" add column "recruitment_agency_id" varchar(100) null, add column "recruitment_agency_verified" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grievances"."grievance" drop column "recruitment_agency_id", drop column "recruitment_agency_verified";`);
  }

}
