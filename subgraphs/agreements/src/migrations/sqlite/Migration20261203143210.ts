import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox of the events this subgraph's changes cause, and the record of the events its
 * consumers have handled (runtime/outbox.ts).
 */
export class Migration20261203143210 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`outbox_event\` (\`id\` text not null, \`type\` text not null, \`version\` integer not null, \`source\` text not null, \`subject\` text not null, \`country\` text null, \`payload\` json not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`outbox_event_published_at_id_index\` on \`outbox_event\` (\`published_at\`, \`id\`);`);

    this.addSql(`create table \`processed_event\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);
    this.addSql(`create index \`processed_event_processed_at_index\` on \`processed_event\` (\`processed_at\`);`);
  }

}
