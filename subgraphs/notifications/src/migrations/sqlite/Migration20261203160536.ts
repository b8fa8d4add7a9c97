import { Migration } from '@mikro-orm/migrations';

/** Webhook subscriptions and their deliveries, beside the tables every subgraph keeps (audit log, idempotency, outbox). */
export class Migration20261203160536 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`subject\` text null, \`organization_id\` text null, \`role\` text not null, \`operation\` text not null, \`target\` text not null, \`country\` text null, \`detail\` text null, \`clause\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_country_at_index\` on \`audit_entry\` (\`country\`, \`at\`);`);

    this.addSql(`create table \`idempotency_record\` (\`id\` text not null, \`operation\` text not null, \`input_digest\` text not null, \`result\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`outbox_event\` (\`id\` text not null, \`type\` text not null, \`version\` integer not null, \`source\` text not null, \`subject\` text not null, \`country\` text null, \`payload\` json not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`outbox_event_published_at_id_index\` on \`outbox_event\` (\`published_at\`, \`id\`);`);

    this.addSql(`create table \`processed_event\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);
    this.addSql(`create index \`processed_event_processed_at_index\` on \`processed_event\` (\`processed_at\`);`);

    this.addSql(`create table \`webhook_subscription\` (\`id\` text not null, \`url\` text not null, \`description\` text null, \`event_types\` json not null, \`filter\` json not null, \`status\` text check (\`status\` in ('ACTIVE', 'PAUSED')) not null, \`owner_role\` text not null, \`organization_id\` text null, \`owner_subject\` text null, \`owner_country\` text null, \`owner_scopes\` json not null, \`sealed_secret\` text not null, \`sealed_previous_secret\` text null, \`previous_secret_valid_until\` datetime null, \`secret_rotated_at\` datetime null, \`created_at\` datetime not null, \`last_delivered_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_subscription_organization_id_created_at_index\` on \`webhook_subscription\` (\`organization_id\`, \`created_at\`);`);

    this.addSql(`create table \`webhook_delivery\` (\`id\` text not null, \`subscription_id\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`subject\` text not null, \`occurred_at\` datetime not null, \`event\` json not null, \`status\` text check (\`status\` in ('PENDING', 'DELIVERED', 'DEAD', 'WITHHELD')) not null, \`attempts\` integer not null default 0, \`next_attempt_at\` datetime null, \`lease_until\` datetime null, \`last_attempt_at\` datetime null, \`last_status_code\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, constraint \`webhook_delivery_subscription_id_foreign\` foreign key(\`subscription_id\`) references \`webhook_subscription\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_delivery_subscription_id_index\` on \`webhook_delivery\` (\`subscription_id\`);`);
    this.addSql(`create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create index \`webhook_delivery_subscription_id_subject_event_id_index\` on \`webhook_delivery\` (\`subscription_id\`, \`subject\`, \`event_id\`);`);
    this.addSql(`create index \`webhook_delivery_occurred_at_index\` on \`webhook_delivery\` (\`occurred_at\`);`);
    this.addSql(`create unique index \`webhook_delivery_subscription_id_event_id_unique\` on \`webhook_delivery\` (\`subscription_id\`, \`event_id\`);`);
  }

}
