import { Migration } from '@mikro-orm/migrations';

/**
 * Joint inspections signed by every inspectorate: the signatures (`inspection_signature`, one per
 * inspectorate and inspection), and the status AWAITING_COSIGNATURE of a joint inspection that
 * waits for its partners' signatures.
 */
export class Migration20261203190708 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inspections"."inspection_signature" ("id" varchar(40) not null, "inspection_id" varchar(40) not null, "organization_id" varchar(100) not null, "signed_at" timestamptz not null, constraint "inspection_signature_pkey" primary key ("id"));`);

    this.addSql(`alter table "inspections"."inspection_signature" add constraint "inspection_signature_inspection_id_organization_id_unique" unique ("inspection_id", "organization_id");`);

    this.addSql(`alter table "inspections"."inspection_signature" add constraint "inspection_signature_inspection_id_foreign" foreign key ("inspection_id") references "inspections"."inspection" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspections"."inspection" drop constraint if exists "inspection_status_check";`);

    this.addSql(`alter table "inspections"."inspection" add constraint "inspection_status_check" check("status" in ('SCHEDULED', 'IN_PROGRESS', 'AWAITING_COSIGNATURE', 'SUBMITTED', 'PUBLISHED', 'DISPUTED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inspections"."inspection_signature" cascade;`);

    this.addSql(`alter table "inspections"."inspection" drop constraint if exists "inspection_status_check";`);

    this.addSql(`alter table "inspections"."inspection" add constraint "inspection_status_check" check("status" in ('SCHEDULED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED', 'DISPUTED'));`);
  }

}
