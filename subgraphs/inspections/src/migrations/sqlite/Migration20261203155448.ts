import { Migration } from '@mikro-orm/migrations';

/** When the overdue job told the graph a corrective action is overdue (CORRECTIVE_ACTION_OVERDUE). */
export class Migration20261203155448 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`corrective_action\` add column \`overdue_notified_at\` datetime null;`);
    this.addSql(`create index \`corrective_action_overdue_notified_at_due_on_index\` on \`corrective_action\` (\`overdue_notified_at\`, \`due_on\`);`);
  }

}
