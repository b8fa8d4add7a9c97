import { Migration } from '@mikro-orm/migrations';

export class Migration20261202160057 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grievances"."audit_entry" add column "detail" varchar(200) null, add column "clause" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grievances"."audit_entry" drop column "detail", drop column "clause";`);
  }

}
