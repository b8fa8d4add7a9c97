import { Migration } from '@mikro-orm/migrations';

/**
 * The dead letters: events a consumer group's handler failed on at every delivery allowed,
 * parked until they are replayed (runtime/dead-events.ts).
 */
export class Migration20261203155819 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "suppliers"."dead_event" ("id" uuid not null, "consumer" varchar(120) not null, "event_id" uuid not null, "event" jsonb not null, "last_error" text not null, "deliveries" int not null, "parked_at" timestamptz not null, constraint "dead_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "suppliers"."dead_event" add constraint "dead_event_consumer_event_id_unique" unique ("consumer", "event_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "suppliers"."dead_event" cascade;`);
  }

}
