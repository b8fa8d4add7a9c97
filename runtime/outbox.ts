import { randomBytes } from 'node:crypto';
import { EntitySchema, type EntityManager } from '@mikro-orm/core';
import { EVENT_PAYLOADS, type EventDraft, type EventType, type GraphEvent } from './events';

/**
 * The outbox: each subgraph writes the events of a change into its own `outbox_event` table in the
 * same transaction as the change, so an event exists exactly when its change committed. The relay
 * (`outbox-relay.ts`) publishes unpublished rows in id order and marks them published; they are
 * deleted once OUTBOX_RETENTION_HOURS have passed. Every subgraph lists `OutboxEventSchema` and
 * `ProcessedEventSchema` among its entities.
 */
export class OutboxEvent {
  /** UUID v7: sorts by the moment it was recorded. */
  id!: string;
  type!: EventType;
  version!: number;
  /** The subgraph whose outbox it is. */
  source!: string;
  /** `Type:id` of what the event is about. */
  subject!: string;
  country: string | null = null;
  payload!: Record<string, unknown>;
  occurredAt!: Date;
  /** When the relay handed it to the bus; null while it waits. */
  publishedAt: Date | null = null;
}

export const OutboxEventSchema = new EntitySchema<OutboxEvent>({
  class: OutboxEvent,
  tableName: 'outbox_event',
  // The relay's "oldest unpublished first" and the retention's "published before" both read this index.
  indexes: [{ properties: ['publishedAt', 'id'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    type: { type: 'string', length: 60 },
    version: { type: 'integer' },
    source: { type: 'string', length: 40 },
    subject: { type: 'string', length: 240 },
    country: { type: 'string', length: 2, nullable: true },
    payload: { type: 'json' },
    occurredAt: { type: 'Date' },
    publishedAt: { type: 'Date', nullable: true },
  },
});

/**
 * An event a consumer group has handled: delivery is at least once, so a consumer recognises a
 * redelivered event here and skips it. Written in the transaction of the handler's own writes.
 */
export class ProcessedEvent {
  /** The consumer group, e.g. `inspections:facility-merges`. */
  consumer!: string;
  eventId!: string;
  processedAt!: Date;
}

export const ProcessedEventSchema = new EntitySchema<ProcessedEvent>({
  class: ProcessedEvent,
  tableName: 'processed_event',
  indexes: [{ properties: ['processedAt'] }],
  properties: {
    consumer: { type: 'string', length: 120, primary: true },
    eventId: { type: 'uuid', primary: true },
    processedAt: { type: 'Date' },
  },
});

let lastMillisecond = 0;
let sequence = 0;

/**
 * A UUID v7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids of one
 * millisecond in this process in order, then random bits. Taken from the real time, not the
 * injected clock: the id orders the recording, whatever time the services are told it is.
 */
export function eventId(): string {
  let millisecond = Date.now();
  if (millisecond > lastMillisecond) sequence = 0;
  else {
    millisecond = lastMillisecond;
    // 4,096 ids in one millisecond: borrow the next one, which keeps the order.
    if (++sequence > 0xfff) [millisecond, sequence] = [millisecond + 1, 0];
  }
  lastMillisecond = millisecond;
  const time = millisecond.toString(16).padStart(12, '0');
  const random = randomBytes(8);
  random[0] = (random[0] & 0x3f) | 0x80;
  const tail = random.toString('hex');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${tail.slice(0, 4)}-${tail.slice(4)}`;
}

/** The latest version of an event type's payload. */
export const latestVersion = (type: EventType): number => Math.max(...Object.keys(EVENT_PAYLOADS[type]).map(Number));

/** A draft's payload, checked against its type and version; a mismatch is a bug in the code that drafted it. */
function checkedPayload(draft: EventDraft): { version: number; payload: Record<string, unknown> } {
  const versions = EVENT_PAYLOADS[draft.type] as Record<number, (typeof EVENT_PAYLOADS)[EventType][1]> | undefined;
  if (!versions) throw new Error(`Unknown event type ${String(draft.type)}`);
  const version = draft.version ?? latestVersion(draft.type);
  const schema = versions[version];
  if (!schema) throw new Error(`${draft.type} has no version ${version}`);
  const parsed = schema.safeParse(draft.payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
    throw new Error(`Invalid ${draft.type} v${version} payload for ${draft.subject}: ${problems.join('; ')}`);
  }
  return { version, payload: parsed.data as Record<string, unknown> };
}

/**
 * Records events in `source`'s outbox on `em`: pass the transaction of the change that causes them,
 * and they commit or roll back with it. Throws on a payload its type does not describe.
 */
export function recordEvents(
  em: EntityManager,
  source: string,
  drafts: readonly EventDraft[],
  now: Date,
): OutboxEvent[] {
  return drafts.map((draft) => {
    const { version, payload } = checkedPayload(draft);
    return em.create(OutboxEvent, {
      id: eventId(),
      type: draft.type,
      version,
      source,
      subject: draft.subject,
      country: draft.country,
      payload,
      occurredAt: now,
      publishedAt: null,
    });
  });
}

/** A row as the bus carries it. */
export const publishedForm = (row: OutboxEvent): GraphEvent => ({
  id: row.id,
  type: row.type,
  version: row.version,
  source: row.source,
  subject: row.subject,
  country: row.country,
  occurredAt: row.occurredAt.toISOString(),
  payload: row.payload,
});
