import { Migration } from '@mikro-orm/migrations';

/** When the overdue job told the graph a corrective action is overdue (CORRECTIVE_ACTION_OVERDUE). */
export class Migration20261203155449 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "inspections"."corrective_action" add column "overdue_notified_at" timestamptz null;`);
    this.addSql(`create index "corrective_action_overdue_notified_at_due_on_index" on "inspections"."corrective_action" ("overdue_notified_at", "due_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "inspections"."corrective_action_overdue_notified_at_due_on_index";`);
    this.addSql(`alter table "inspections"."corrective_action" drop column "overdue_notified_at";`);
  }

}
