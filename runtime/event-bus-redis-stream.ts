import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EventSubscription, ReceivedEvent } from './event-bus';
import { TAIL_BATCH } from './event-bus-consume';
import type { GraphEvent } from './events';

/** Stream commands of `RedisStreamBus` that do not need its state: reading entries, tails, tidying groups. */

export type StreamEntry = [id: string, fields: string[]] | null;

/** A stream read's entries: RESP2 answers `[[key, entries]]`, RESP3 (ioredis' legacy shape) `[key, entries]`. */
export function entriesOfRead(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply)) return [];
  const stream = (Array.isArray(reply[0]) ? reply[0] : reply) as [string, StreamEntry[]];
  return stream[1] ?? [];
}

/** The events of stream entries, with their entry ids; an entry trimmed from the stream while pending is nothing. */
export function eventsOf(entries: StreamEntry[]): { receipt: string; event: GraphEvent }[] {
  return entries.flatMap((entry) => {
    if (!entry) return [];
    const [receipt, fields] = entry;
    const json = fields[fields.indexOf('event') + 1];
    return json === undefined ? [] : [{ event: JSON.parse(json) as GraphEvent, receipt }];
  });
}

/**
 * Entries taken over from a group's pending list, with how many times each was delivered (this
 * time included), which XAUTOCLAIM counts but does not answer: XPENDING tells, one entry each.
 */
export async function redeliveries(
  client: Redis,
  key: string,
  group: string,
  claimed: StreamEntry[],
): Promise<ReceivedEvent[]> {
  const events = eventsOf(claimed);
  if (!events.length) return [];
  const pipeline = client.pipeline();
  for (const { receipt } of events) pipeline.xpending(key, group, receipt, receipt, 1);
  const answers = (await pipeline.exec()) ?? [];
  return events.map(({ event, receipt }, index) => {
    const [error, rows] = answers[index] ?? [];
    const row = !error && Array.isArray(rows) ? (rows[0] as [string, string, number, number] | undefined) : undefined;
    // Acknowledged in the meantime by the consumer that had it: it was delivered twice at least.
    return { event, receipt, redelivered: true, deliveries: Math.max(2, Number(row?.[3] ?? 2)) };
  });
}

/**
 * Deletes, in one script so that no read slips in between, the consumers of `group` that have
 * been idle longer than `idleMs` and hold no pending entry (`except` is the caller). Consumer names
 * are `host:pid`, so every restart leaves one behind; a consumer that reads again is recreated.
 */
const REMOVE_IDLE_CONSUMERS = `
local removed = {}
for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local fields = {}
  for index = 1, #consumer, 2 do fields[consumer[index]] = consumer[index + 1] end
  if fields['name'] ~= ARGV[3] and tonumber(fields['pending']) == 0 and tonumber(fields['idle']) > tonumber(ARGV[2]) then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], fields['name'])
    table.insert(removed, fields['name'])
  end
end
return removed`;

export async function removeIdleConsumers(
  client: Redis,
  key: string,
  group: string,
  idleMs: number,
  except = '',
): Promise<string[]> {
  return (await client.eval(REMOVE_IDLE_CONSUMERS, 1, key, group, idleMs, except)) as string[];
}

const TAIL_WAIT_MS = 5_000;
const RETRY_AFTER_FAILURE_MS = 1_000;

/**
 * `EventBus.tail` on Redis: XREAD BLOCK on a connection of its own (a blocking read would hold the
 * shared one), from the stream's last entry when the tail starts, then from the last entry read.
 * That last entry is asked for on the shared connection, so a publication this process makes after
 * `tail` returns is queued behind the question and is received.
 */
export function tailStream(
  client: Redis,
  key: string,
  handle: (events: GraphEvent[]) => Promise<void> | void,
  { log, blockMs = TAIL_WAIT_MS }: { log?: Logger; blockMs?: number } = {},
): EventSubscription {
  let stopped = false;
  let wake = () => undefined as void;
  const connection = client.duplicate({ commandTimeout: blockMs + 5_000 });
  connection.on('error', () => undefined);
  // Unreachable: `$`, the last entry when the first read reaches the stream.
  const start = client.xrevrange(key, '+', '-', 'COUNT', 1).then(
    ([last]) => last?.[0] ?? '0-0',
    () => '$',
  );
  const loop = (async () => {
    let from = await start;
    let unavailable = false;
    while (!stopped) {
      let entries: StreamEntry[];
      try {
        entries = entriesOfRead(
          await connection.call('XREAD', 'COUNT', TAIL_BATCH, 'BLOCK', blockMs, 'STREAMS', key, from),
        );
        if (unavailable) log?.info('event stream available again to the tail');
        unavailable = false;
      } catch (error) {
        if (stopped) break;
        if (!unavailable)
          log?.warn({ err: (error as Error).message }, 'event stream unavailable to the tail; reading again shortly');
        unavailable = true;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, RETRY_AFTER_FAILURE_MS);
          wake = () => (clearTimeout(timer), resolve());
        });
        continue;
      }
      const last = entries.at(-1);
      if (!last) continue;
      from = last[0];
      try {
        await handle(eventsOf(entries).map(({ event }) => event));
      } catch (error) {
        // Nothing is redelivered to a tail: the events are gone for it, and it goes on with the next ones.
        log?.warn({ err: error }, 'tail handler failed; its events are skipped');
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      connection.disconnect();
      wake();
      await loop;
    },
  };
}
