import { Migration } from '@mikro-orm/migrations';

export class Migration20261202160056 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_entry\` add column \`detail\` text null;`);
    this.addSql(`alter table \`audit_entry\` add column \`clause\` json null;`);
  }

}
