import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { GraphEvent } from '../../runtime/events';
import { PUBLIC_PRINCIPAL, type Principal } from '../../runtime/principal';
import { LiveEventHub } from './live-event-hub';
import type { LiveQueue } from './live-queue';

const log = pino({ level: 'silent' });

const event = (id: string, country: string, type: GraphEvent['type'] = 'GRIEVANCE_FILED'): GraphEvent => ({
  id,
  type,
  version: 1,
  source: 'grievances',
  subject: `Grievance:${id}`,
  country,
  occurredAt: '2026-05-04T10:00:00.000Z',
  payload: { grievanceId: id, facilityId: null, country, areas: ['WORKING_TIME'] },
});

const brand = (organizationId: string): Principal => ({
  ...PUBLIC_PRINCIPAL,
  subject: `user-${organizationId}`,
  role: 'BRAND',
  organizationId,
});

/** A visibility that lets each principal read the events `may` allows, and notes every question. */
function visibility(may: (principal: Principal, event: GraphEvent) => boolean = () => true) {
  const asked: { organizationId: string | null; ids: string[] }[] = [];
  let failing: ((principal: Principal) => boolean) | undefined;
  return {
    asked,
    failFor(which: (principal: Principal) => boolean) {
      failing = which;
    },
    async visibleTo(principal: Principal, events: readonly GraphEvent[]) {
      asked.push({ organizationId: principal.organizationId, ids: events.map((each) => each.id) });
      if (failing?.(principal)) throw new Error('inspections did not answer');
      return events.map((each) => (may(principal, each) ? each : null));
    },
  };
}

/** What a queue holds now, without waiting for more. */
async function drained(queue: LiveQueue<GraphEvent>): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const next = await Promise.race([queue.next(), Promise.resolve('empty' as const)]);
    if (next === 'empty' || next.done) return ids;
    ids.push(next.value.id);
  }
}

describe('the live event hub', () => {
  it('hands each subscription the events its filter matches and its principal may read, in publication order', async () => {
    const rules = visibility((principal, each) => principal.organizationId === 'org-a' || each.country === 'KH');
    const hub = new LiveEventHub(rules, log);
    const everything = hub.subscribe(brand('org-a'), {});
    const bangladesh = hub.subscribe(brand('org-a'), { countries: ['BD'] });
    const other = hub.subscribe(brand('org-b'), {});

    await hub.deliver([event('e1', 'BD'), event('e2', 'KH'), event('e3', 'BD')]);
    await hub.deliver([event('e4', 'KH')]);

    expect(await drained(everything)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(await drained(bangladesh)).toEqual(['e1', 'e3']);
    expect(await drained(other)).toEqual(['e2', 'e4']);
  });

  it('asks once per principal and batch, about the events any of its subscriptions matched', async () => {
    const rules = visibility();
    const hub = new LiveEventHub(rules, log);
    hub.subscribe(brand('org-a'), { countries: ['BD'] });
    hub.subscribe(brand('org-a'), { countries: ['KH'] });
    hub.subscribe(brand('org-a'), { types: ['GRIEVANCE_FILED'] });
    hub.subscribe(brand('org-b'), { countries: ['VN'] });

    await hub.deliver([event('e1', 'KH'), event('e2', 'BD'), event('e3', 'NL')]);

    expect(rules.asked).toEqual([{ organizationId: 'org-a', ids: ['e1', 'e2', 'e3'] }]);
  });

  it('skips a batch for the principal whose visibility cannot be told, and goes on with the next', async () => {
    const rules = visibility();
    const hub = new LiveEventHub(rules, log);
    const failing = hub.subscribe(brand('org-a'), {});
    const served = hub.subscribe(brand('org-b'), {});
    rules.failFor((principal) => principal.organizationId === 'org-a');

    await hub.deliver([event('e1', 'BD')]);
    rules.failFor(() => false);
    await hub.deliver([event('e2', 'BD')]);

    expect(await drained(failing)).toEqual(['e2']);
    expect(await drained(served)).toEqual(['e1', 'e2']);
  });

  it('tells of an event the stream repeats once', async () => {
    const hub = new LiveEventHub(visibility(), log);
    const queue = hub.subscribe(PUBLIC_PRINCIPAL, {});

    await hub.deliver([event('e1', 'BD'), event('e2', 'BD')]);
    await hub.deliver([event('e2', 'BD'), event('e3', 'BD')]);

    expect(await drained(queue)).toEqual(['e1', 'e2', 'e3']);
  });

  it('forgets a subscription once it ends, and never asks about it again', async () => {
    const rules = visibility();
    const hub = new LiveEventHub(rules, log);
    const queue = hub.subscribe(brand('org-a'), {});
    expect(hub.size).toBe(1);

    await queue.return();
    await hub.deliver([event('e1', 'BD')]);

    expect(hub.size).toBe(0);
    expect(rules.asked).toEqual([]);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a subscription that falls too far behind, with an error, rather than let its backlog grow', async () => {
    const hub = new LiveEventHub(visibility(), log);
    const queue = hub.subscribe(PUBLIC_PRINCIPAL, {}, 2);

    await hub.deliver([event('e1', 'BD'), event('e2', 'BD')]);
    await hub.deliver([event('e3', 'BD')]);

    expect(hub.size).toBe(0);
    await expect(queue.next()).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('hands a waiting reader the first event of the next batch', async () => {
    const hub = new LiveEventHub(visibility(), log);
    const queue = hub.subscribe(PUBLIC_PRINCIPAL, {});
    const next = queue.next();

    await hub.deliver([event('e1', 'BD'), event('e2', 'BD')]);

    expect((await next).value?.id).toBe('e1');
    expect(await drained(queue)).toEqual(['e2']);
  });
});
