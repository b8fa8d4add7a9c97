import { Migration } from '@mikro-orm/migrations';

/** Webhook subscriptions and their deliveries, beside the tables every subgraph keeps (audit log, idempotency, outbox). */
export class Migration20261203160536 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "notifications";`);
    this.addSql(`create table "notifications"."audit_entry" ("id" varchar(40) not null, "at" timestamptz not null, "subject" varchar(200) null, "organization_id" varchar(100) null, "role" varchar(20) not null, "operation" varchar(120) not null, "target" varchar(200) not null, "country" varchar(2) null, "detail" varchar(200) null, "clause" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "notifications"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_country_at_index" on "notifications"."audit_entry" ("country", "at");`);

    this.addSql(`create table "notifications"."idempotency_record" ("id" varchar(400) not null, "operation" varchar(100) not null, "input_digest" varchar(64) not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);

    this.addSql(`create table "notifications"."outbox_event" ("id" uuid not null, "type" varchar(60) not null, "version" int not null, "source" varchar(40) not null, "subject" varchar(240) not null, "country" varchar(2) null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_id_index" on "notifications"."outbox_event" ("published_at", "id");`);

    this.addSql(`create table "notifications"."processed_event" ("consumer" varchar(120) not null, "event_id" uuid not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("consumer", "event_id"));`);
    this.addSql(`create index "processed_event_processed_at_index" on "notifications"."processed_event" ("processed_at");`);

    this.addSql(`create table "notifications"."webhook_subscription" ("id" varchar(40) not null, "url" text not null, "description" varchar(300) null, "event_types" jsonb not null, "filter" jsonb not null, "status" text check ("status" in ('ACTIVE', 'PAUSED')) not null, "owner_role" varchar(20) not null, "organization_id" varchar(100) null, "owner_subject" varchar(200) null, "owner_country" varchar(2) null, "owner_scopes" jsonb not null, "sealed_secret" text not null, "sealed_previous_secret" text null, "previous_secret_valid_until" timestamptz null, "secret_rotated_at" timestamptz null, "created_at" timestamptz not null, "last_delivered_at" timestamptz null, constraint "webhook_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_organization_id_created_at_index" on "notifications"."webhook_subscription" ("organization_id", "created_at");`);

    this.addSql(`create table "notifications"."webhook_delivery" ("id" varchar(40) not null, "subscription_id" varchar(40) not null, "event_id" uuid not null, "event_type" varchar(60) not null, "subject" varchar(240) not null, "occurred_at" timestamptz not null, "event" jsonb not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'DEAD', 'WITHHELD')) not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "lease_until" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_error" varchar(500) null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "notifications"."webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`create index "webhook_delivery_subscription_id_subject_event_id_index" on "notifications"."webhook_delivery" ("subscription_id", "subject", "event_id");`);
    this.addSql(`create index "webhook_delivery_occurred_at_index" on "notifications"."webhook_delivery" ("occurred_at");`);
    this.addSql(`alter table "notifications"."webhook_delivery" add constraint "webhook_delivery_subscription_id_event_id_unique" unique ("subscription_id", "event_id");`);

    this.addSql(`alter table "notifications"."webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "notifications"."webhook_subscription" ("id") on update cascade on delete cascade;`);
  }

}
