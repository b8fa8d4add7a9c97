import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log is append-only in the database itself: triggers abort every UPDATE and DELETE of an
 * entry, whoever opens the file and however the statement is written.
 */
export class Migration20261203160600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create trigger \`audit_entry_no_update\` before update on \`audit_entry\` begin select raise(abort, 'The audit log is append-only: UPDATE on audit_entry is refused'); end;`);
    this.addSql(`create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` begin select raise(abort, 'The audit log is append-only: DELETE on audit_entry is refused'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists \`audit_entry_no_update\`;`);
    this.addSql(`drop trigger if exists \`audit_entry_no_delete\`;`);
  }

}
