/**
 * The dead letters of a subgraph's consumer groups: events a handler failed on at every delivery
 * allowed (EVENT_MAX_DELIVERIES), parked in its `dead_event` table (docs/events.md).
 *   npm run events -- dead-letters --subgraph <name> [--group <consumer group>]
 *   npm run events -- replay --subgraph <name> --id <dead letter id>
 * A replay handles the event again, once, as a delivery would, and removes it once handled; a
 * handler that fails again leaves it parked with its new error. Uses DATABASE_URL (or the SQLite
 * files in DATA_DIR) like the services.
 */
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/core';
import { config, failFast } from '../runtime/config';
import { openDatabase } from '../runtime/database';
import { DeadEvent, deadEvents } from '../runtime/dead-events';
import { replayDeadEvent } from '../runtime/event-consumers';
import { SUBGRAPHS } from './subgraphs';

const USAGE = `usage:
  npm run events -- dead-letters --subgraph <${SUBGRAPHS.map((subgraph) => subgraph.name).join('|')}> [--group <consumer group>]
  npm run events -- replay --subgraph <name> --id <dead letter id>`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refuse(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { subgraph: { type: 'string' }, id: { type: 'string' }, group: { type: 'string' } },
});
const [command] = positionals;
if (command !== 'dead-letters' && command !== 'replay') refuse(`unknown command ${command ?? '(none)'}`);
const definition = SUBGRAPHS.find((subgraph) => subgraph.name === values.subgraph);
if (!definition) refuse(`--subgraph must name a subgraph`);
if (command === 'replay' && !UUID.test(values.id ?? '')) refuse('--id must be the id of a dead letter (a UUID)');
failFast(() => config());

/** Prints the dead letters, oldest first. */
async function list(em: EntityManager): Promise<number> {
  const parked = await deadEvents(em, values.group);
  if (!parked.length) console.log(`${definition!.name}: no dead letters`);
  for (const dead of parked)
    console.log(
      [
        dead.id,
        dead.parkedAt.toISOString(),
        dead.consumer,
        `${dead.event.type} ${dead.event.subject} (event ${dead.eventId})`,
        `${dead.deliveries} deliveries`,
        `last error: ${dead.lastError}`,
      ].join('  '),
    );
  return 0;
}

/** Handles one dead letter again; answers the exit code. */
async function replay(em: EntityManager, id: string): Promise<number> {
  const dead = await em.fork().findOne(DeadEvent, { id });
  if (!dead) {
    console.error(`${definition!.name} has no dead letter ${id}`);
    return 1;
  }
  const consumer = definition!.consumers?.find((candidate) => candidate.name === dead.consumer);
  if (!consumer) {
    console.error(`${definition!.name} has no consumer group ${dead.consumer} any more: the dead letter is kept`);
    return 1;
  }
  try {
    const outcome = await replayDeadEvent(em, consumer, dead.id);
    console.log(`${dead.consumer}: event ${dead.eventId} ${outcome}; dead letter ${dead.id} removed`);
    return 0;
  } catch (error) {
    console.error(`${dead.consumer} failed on event ${dead.eventId} again: ${(error as Error).message}`);
    return 1;
  }
}

const orm = await openDatabase({
  name: definition.name,
  entities: definition.entities,
  migrationsDir: definition.migrationsDir,
});
try {
  process.exitCode = command === 'replay' ? await replay(orm.em, values.id!) : await list(orm.em);
} finally {
  await orm.close();
}
