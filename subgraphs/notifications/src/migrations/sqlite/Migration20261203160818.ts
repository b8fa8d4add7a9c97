import { Migration } from '@mikro-orm/migrations';

/**
 * The dead letters: events a consumer group's handler failed on at every delivery allowed,
 * parked until they are replayed (runtime/dead-events.ts).
 */
export class Migration20261203160818 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dead_event\` (\`id\` text not null, \`consumer\` text not null, \`event_id\` text not null, \`event\` json not null, \`last_error\` text not null, \`deliveries\` integer not null, \`parked_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`dead_event_consumer_event_id_unique\` on \`dead_event\` (\`consumer\`, \`event_id\`);`);
  }

}
