import { Migration } from '@mikro-orm/migrations';

export class Migration20261203134347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grievances"."grievance_message" ("id" varchar(40) not null, "grievance_id" varchar(40) not null, "sequence" int not null, "at" timestamptz not null, "direction" text check ("direction" in ('TO_COMPLAINANT', 'FROM_COMPLAINANT')) not null, "text" text not null, "template" text check ("template" in ('DATES', 'STILL_EMPLOYED', 'WITNESSES', 'SAFE_CONTACT', 'RETALIATION_SINCE_FILING')) null, "in_reply_to_id" varchar(40) null, "author_role" varchar(20) null, "author_organization_id" varchar(80) null, constraint "grievance_message_pkey" primary key ("id"));`);
    this.addSql(`alter table "grievances"."grievance_message" add constraint "grievance_message_grievance_id_sequence_unique" unique ("grievance_id", "sequence");`);
    this.addSql(`alter table "grievances"."grievance_message" add constraint "grievance_message_in_reply_to_id_unique" unique ("in_reply_to_id");`);

    this.addSql(`alter table "grievances"."grievance_message" add constraint "grievance_message_grievance_id_foreign" foreign key ("grievance_id") references "grievances"."grievance" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grievances"."grievance_event" drop constraint if exists "grievance_event_kind_check";`);

    this.addSql(`alter table "grievances"."grievance" add column "retaliation_of" varchar(40) null, add column "next_escalation_at" timestamptz null, add column "escalations" jsonb null;`);
    // Cases already running: the escalation job starts from their earliest unmet deadline.
    this.addSql(`update "grievances"."grievance" set "next_escalation_at" = "next_due_at", "escalations" = '{}';`);
    this.addSql(`create index "grievance_next_escalation_at_index" on "grievances"."grievance" ("next_escalation_at");`);
    this.addSql(`create index "grievance_retaliation_of_index" on "grievances"."grievance" ("retaliation_of");`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_kind_check" check("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'FACILITY_UNVERIFIED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN', 'QUESTION_ASKED', 'ANSWER_RECEIVED', 'MECHANISM_CORRECTED', 'DEADLINE_MISSED', 'RETALIATION_REPORTED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "grievances"."grievance_message" cascade;`);

    this.addSql(`alter table "grievances"."grievance_event" drop constraint if exists "grievance_event_kind_check";`);

    this.addSql(`drop index "grievances"."grievance_next_escalation_at_index";`);
    this.addSql(`drop index "grievances"."grievance_retaliation_of_index";`);
    this.addSql(`alter table "grievances"."grievance" drop column "retaliation_of", drop column "next_escalation_at", drop column "escalations";`);

    this.addSql(`alter table "grievances"."grievance_event" add constraint "grievance_event_kind_check" check("kind" in ('FILED', 'ROUTED', 'NOTIFIED', 'ACKNOWLEDGED', 'STATUS_CHANGED', 'ESCALATED', 'WITHDRAWN', 'REMEDIATION_RECORDED', 'FACILITY_LINKED', 'FACILITY_UNVERIFIED', 'TRANSFER_REQUESTED', 'TRANSFER_ACCEPTED', 'TRANSFER_DECLINED', 'TRANSFER_WITHDRAWN', 'SUMMARY_WRITTEN'));`);
  }

}
