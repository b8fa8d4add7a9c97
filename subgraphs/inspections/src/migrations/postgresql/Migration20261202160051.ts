import { Migration } from '@mikro-orm/migrations';

export class Migration20261202160051 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "inspections"."audit_entry" add column "detail" varchar(200) null, add column "clause" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspections"."audit_entry" drop column "detail", drop column "clause";`);
  }

}
