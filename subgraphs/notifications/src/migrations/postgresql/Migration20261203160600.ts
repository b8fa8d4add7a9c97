import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log is append-only in the database itself: a trigger refuses every UPDATE and DELETE of
 * an entry (and a TRUNCATE of the table), whoever connects and however the statement is written.
 */
export class Migration20261203160600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "notifications"."audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'The audit log is append-only: % on audit_entry is refused', tg_op using errcode = 'insufficient_privilege'; end; $$;`);
    this.addSql(`create trigger "audit_entry_no_update_or_delete" before update or delete on "notifications"."audit_entry" for each row execute function "notifications"."audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "notifications"."audit_entry" for each statement execute function "notifications"."audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_no_truncate" on "notifications"."audit_entry";`);
    this.addSql(`drop trigger if exists "audit_entry_no_update_or_delete" on "notifications"."audit_entry";`);
    this.addSql(`drop function if exists "notifications"."audit_entry_append_only"();`);
  }

}
