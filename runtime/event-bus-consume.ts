import type { ConsumeOptions, EventBus, EventSubscription, ReceivedEvent } from './event-bus';
import type { GraphEvent } from './events';

export const DEFAULT_RECEIVE_COUNT = 100;
/** Most events a tail is handed at once. */
export const TAIL_BATCH = 100;
const CONSUME_WAIT_MS = 1_000;
const RETRY_AFTER_FAILURE_MS = 1_000;

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** `EventBus.consume` of either bus: a loop of waiting reads over `receive` and `ack`. */
export function consumeEvents(
  bus: Pick<EventBus, 'receive' | 'ack'>,
  group: string,
  consumer: string,
  handle: (event: GraphEvent, delivery: ReceivedEvent) => Promise<void>,
  { log, ...options }: ConsumeOptions = {},
): EventSubscription {
  const stopping = new AbortController();
  const { signal } = stopping;
  let unavailable = false;
  const loop = (async () => {
    while (!signal.aborted) {
      try {
        const received = await bus.receive(group, consumer, { blockMs: CONSUME_WAIT_MS, ...options, signal });
        if (unavailable) log?.info({ group }, 'event stream available again');
        unavailable = false;
        // What is left unhandled at a stop is redelivered after the timeout.
        for (const delivery of received) {
          const { event, receipt } = delivery;
          if (signal.aborted) break;
          try {
            await handle(event, delivery);
            await bus.ack(group, [receipt]);
          } catch (error) {
            log?.warn(
              { err: error, group, eventId: event.id, type: event.type },
              'event not handled; redelivered later',
            );
          }
        }
      } catch (error) {
        if (signal.aborted) break;
        // Logged when the outage starts, not at every attempt.
        if (!unavailable)
          log?.warn({ err: (error as Error).message, group }, 'event stream unavailable; reading again shortly');
        unavailable = true;
        await pause(RETRY_AFTER_FAILURE_MS, signal);
      }
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
