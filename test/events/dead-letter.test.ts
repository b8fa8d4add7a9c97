import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { config } from '../../runtime/config';
import { openDatabase } from '../../runtime/database';
import { DeadEvent, parkEvent } from '../../runtime/dead-events';
import type { EventBus } from '../../runtime/event-bus';
import { deliverEvents, replayDeadEvent, type EventConsumer } from '../../runtime/event-consumers';
import type { GraphEvent } from '../../runtime/events';
import { eventId } from '../../runtime/outbox';
import { relayOutbox } from '../../runtime/outbox-relay';
import type { SubgraphName } from '../../runtime/subgraph-names';
import { createScratchDatabase } from '../../scripts/stack';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { startTestStack, type TestStack } from '../support/stack';
import { emptySuppliersOutbox, facilityMerges, recordInSuppliers, recordingConsumer, scratchBus } from './fixtures';

/**
 * An event a consumer group fails on at every delivery allowed is parked in the group's subgraph
 * (`dead_event`) and no longer redelivered; a replay handles it once the handler works again.
 */
let stack: TestStack;
let bus: EventBus;
let disposeBus: () => Promise<void>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(async () => {
  await emptySuppliersOutbox(stack);
  ({ bus, dispose: disposeBus } = scratchBus());
});
afterEach(async () => {
  await disposeBus();
});

const MAX_DELIVERIES = 3;
const relay = () => relayOutbox(stack.subgraphs.suppliers.orm.em, bus);
/** A delivery round that redelivers at once what was not acknowledged, as a long wait would. */
const deliver = (subgraph: SubgraphName, consumers: EventConsumer[]) =>
  deliverEvents(stack.subgraphs[subgraph].orm.em, bus, consumers, {
    clock: stack.clock,
    redeliverAfterMs: 0,
    maxDeliveries: MAX_DELIVERIES,
  });
const deadLetters = (subgraph: SubgraphName, consumer: string) => stack.em(subgraph).find(DeadEvent, { consumer });

describe('a consumer group whose handler keeps failing on an event', () => {
  it('has the event parked in its subgraph after the last delivery allowed, and receives it no more', async () => {
    const [merge] = facilityMerges(1);
    await recordInSuppliers(stack, [merge!]);
    await relay();
    const failing = recordingConsumer('inspections:test-always-failing', () => true);
    const healthy = recordingConsumer('grievances:test-healthy');
    const rounds = [];
    for (let round = 0; round < MAX_DELIVERIES; round++) rounds.push(await deliver('inspections', [failing]));
    await deliver('grievances', [healthy]);

    expect(rounds.map((round) => round.failures.map((failure) => failure.parked))).toEqual([[false], [false], [true]]);
    const [dead, ...more] = await deadLetters('inspections', failing.name);
    expect(more).toEqual([]);
    expect(dead).toMatchObject({
      consumer: failing.name,
      event: { type: 'FACILITY_MERGED', source: 'suppliers', subject: merge!.subject, payload: merge!.payload },
      lastError: `${failing.name} could not apply ${merge!.subject}`,
      deliveries: MAX_DELIVERIES,
      parkedAt: stack.clock.now(),
    });
    expect(dead!.eventId).toBe(dead!.event.id);
    expect(await deliver('inspections', [failing])).toMatchObject({ delivered: 0 });
    expect(await bus.pending(failing.name)).toBe(0);
    // Another group is not held up by it.
    expect(healthy.applied).toEqual([merge!.subject]);
    expect(await deadLetters('grievances', healthy.name)).toEqual([]);
  });

  it('applies the event once when a dead letter is replayed after the handler is mended, and removes it', async () => {
    const [merge] = facilityMerges(1);
    await recordInSuppliers(stack, [merge!]);
    await relay();
    let broken = true;
    const consumer = recordingConsumer('inspections:test-mended', () => broken);
    for (let round = 0; round < MAX_DELIVERIES; round++) await deliver('inspections', [consumer]);
    const [dead] = await deadLetters('inspections', consumer.name);
    const em = stack.subgraphs.inspections.orm.em;

    await expect(replayDeadEvent(em, consumer, dead!.id, stack.clock)).rejects.toThrow('could not apply');
    expect(await deadLetters('inspections', consumer.name)).toHaveLength(1);
    broken = false;
    expect(await replayDeadEvent(em, consumer, dead!.id, stack.clock)).toBe('handled');
    expect(consumer.applied).toEqual([merge!.subject]);
    expect(await deadLetters('inspections', consumer.name)).toEqual([]);
  });
});

describe("a subgraph's /metrics", () => {
  const metricsOf = async (subgraph: SubgraphName) => {
    const response = await fetch(stack.subgraphs[subgraph].url.replace(/\/graphql$/, '/metrics'));
    return response.text();
  };
  const sample = (text: string, name: string, labels = '') =>
    Number(new RegExp(`^${name}${labels.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);

  it('shows the outbox backlog and its age, and per consumer group the pending events and dead letters', async () => {
    const merges = facilityMerges(2);
    await recordInSuppliers(stack, merges);
    const recordedAt = stack.clock.now();
    stack.clock.set(new Date(recordedAt.getTime() + 90_000));
    try {
      const suppliers = await metricsOf('suppliers');
      expect(sample(suppliers, 'lcg_suppliers_outbox_unpublished_events')).toBe(2);
      expect(sample(suppliers, 'lcg_suppliers_outbox_oldest_unpublished_age_seconds')).toBe(90);

      // The stack's own bus and group: one replica takes the events and has not acknowledged them yet.
      await stack.subgraphs.suppliers.events.relay();
      const group = 'inspections:facility-merges';
      const taken = await stack.subgraphs.inspections.events.bus.receive(group, 'test-replica');
      const em = stack.subgraphs.inspections.orm.em;
      const stranded: GraphEvent = { ...taken[0]!.event, id: eventId() };
      await parkEvent(em, group, stranded, { error: new Error('the survivor is not there yet'), deliveries: 10 });
      const inspections = await metricsOf('inspections');
      expect(sample(inspections, 'lcg_inspections_event_consumer_pending_events', `{group="${group}"}`)).toBe(2);
      expect(sample(inspections, 'lcg_inspections_event_consumer_dead_letters', `{group="${group}"}`)).toBe(1);
      expect(sample(await metricsOf('suppliers'), 'lcg_suppliers_outbox_unpublished_events')).toBe(0);

      await stack.subgraphs.inspections.events.bus.ack(
        group,
        taken.map(({ receipt }) => receipt),
      );
      await stack.em('inspections').nativeDelete(DeadEvent, { consumer: group });
      const after = await metricsOf('inspections');
      expect(sample(after, 'lcg_inspections_event_consumer_pending_events', `{group="${group}"}`)).toBe(0);
      expect(sample(after, 'lcg_inspections_event_consumer_dead_letters', `{group="${group}"}`)).toBe(0);
    } finally {
      stack.clock.set(recordedAt);
    }
  });
});

describe('npm run events', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const inspections = SUBGRAPHS.find((subgraph) => subgraph.name === 'inspections')!;
  let dataDir: string;
  let database: { url: string; drop(): Promise<void> } | undefined;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lcg-events-cli-'));
    const baseUrl = config().DATABASE_URL;
    database = baseUrl ? await createScratchDatabase(baseUrl) : undefined;
  });
  afterEach(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Opens the inspections database the command will open, for `work`. */
  async function inInspections<Result>(work: (em: Parameters<typeof parkEvent>[0]) => Promise<Result>) {
    const orm = await openDatabase({ ...inspections, databaseUrl: database?.url, dataDir });
    try {
      return await work(orm.em);
    } finally {
      await orm.close();
    }
  }
  const events = async (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    if (database) env.DATABASE_URL = database.url;
    else delete env.DATABASE_URL;
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/events.ts', ...args],
        {
          cwd: root,
          env,
        },
      );
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout + failed.stderr };
    }
  };

  it("lists a subgraph's dead letters and replays one through the group's own handler", async () => {
    const [merge] = facilityMerges(1);
    const dead = await inInspections(async (em) => {
      const event: GraphEvent = {
        id: eventId(),
        type: 'FACILITY_MERGED',
        version: 1,
        source: 'suppliers',
        subject: merge!.subject,
        country: 'BD',
        occurredAt: stack.clock.now().toISOString(),
        payload: merge!.payload,
      };
      await parkEvent(em, 'inspections:facility-merges', event, {
        error: new Error('database unavailable'),
        deliveries: 10,
      });
      return (await em.fork().findOneOrFail(DeadEvent, { eventId: event.id })).id;
    });

    const listed = await events('dead-letters', '--subgraph', 'inspections');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(dead);
    expect(listed.stdout).toContain(`FACILITY_MERGED ${merge!.subject}`);
    expect(listed.stdout).toContain('last error: database unavailable');

    const replayed = await events('replay', '--subgraph', 'inspections', '--id', dead);
    expect(replayed).toMatchObject({ code: 0, stdout: expect.stringContaining('handled') });
    expect(await inInspections((em) => em.fork().count(DeadEvent))).toBe(0);

    expect(await events('replay', '--subgraph', 'inspections', '--id', dead)).toMatchObject({ code: 1 });
  });
});
