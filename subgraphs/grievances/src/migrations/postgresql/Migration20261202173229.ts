import { Migration } from '@mikro-orm/migrations';

/**
 * Whether the registry confirmed a case's facility at filing (null for cases filed before), and the
 * FACILITY_UNVERIFIED timeline event of a filing the registry could not check.
 */
export class Migration20261202173229 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grievances"."grievance_event" drop constraint if exists "grievance_event_kind_check";`);

    this.addSql(`alter table "grievances"."grievance" add column "facility_verified" boolean null;`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_kind_check" check("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'FACILITY_UNVERIFIED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grievances"."grievance_event" drop constraint if exists "grievance_event_kind_check";`);

    this.addSql(`alter table "grievances"."grievance" drop column "facility_verified";`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_kind_check" check("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN'));`);
  }

}
