import { Migration } from '@mikro-orm/migrations';

export class Migration20261202160003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grievances"."grievance_event" drop constraint if exists "grievance_event_kind_check";`);

    this.addSql(`alter table "grievances"."grievance" add column "handler_summary" text null, add column "transfer_facility_id" varchar(15) null, add column "transfer_country" varchar(2) null, add column "transfer_owner_id" varchar(80) null, add column "transfer_requested_at" timestamptz null, add column "transfer_requested_by_role" varchar(20) null, add column "transfer_requested_by_organization_id" varchar(80) null, add column "transfer_requested_by_subject" varchar(200) null, add column "transfer_note" text null;`);
    this.addSql(`create index "grievance_transfer_country_index" on "grievances"."grievance" ("transfer_country");`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_kind_check" check("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grievances"."grievance_event" drop constraint if exists "grievance_event_kind_check";`);

    this.addSql(`drop index "grievances"."grievance_transfer_country_index";`);
    this.addSql(`alter table "grievances"."grievance" drop column "handler_summary", drop column "transfer_facility_id", drop column "transfer_country", drop column "transfer_owner_id", drop column "transfer_requested_at", drop column "transfer_requested_by_role", drop column "transfer_requested_by_organization_id", drop column "transfer_requested_by_subject", drop column "transfer_note";`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_kind_check" check("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED'));`);
  }

}
