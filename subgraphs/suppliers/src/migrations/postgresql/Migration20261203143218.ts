import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox of the events this subgraph's changes cause, and the record of the events its
 * consumers have handled (runtime/outbox.ts).
 */
export class Migration20261203143218 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "suppliers"."outbox_event" ("id" uuid not null, "type" varchar(60) not null, "version" int not null, "source" varchar(40) not null, "subject" varchar(240) not null, "country" varchar(2) null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_id_index" on "suppliers"."outbox_event" ("published_at", "id");`);

    this.addSql(`create table "suppliers"."processed_event" ("consumer" varchar(120) not null, "event_id" uuid not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("consumer", "event_id"));`);
    this.addSql(`create index "processed_event_processed_at_index" on "suppliers"."processed_event" ("processed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "suppliers"."outbox_event" cascade;`);

    this.addSql(`drop table if exists "suppliers"."processed_event" cascade;`);
  }

}
