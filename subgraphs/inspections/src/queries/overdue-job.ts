/**
 * The overdue job: every CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS it finds the corrective actions
 * that are overdue (as the schema's `overdue` field says: `overdueCondition`) and not yet told, and
 * tells the graph of each once (CORRECTIVE_ACTION_OVERDUE), marking it told (`overdueNotifiedAt`)
 * in the transaction of its event. Exactly one replica runs a round at a time: on PostgreSQL a
 * round holds a transaction-level advisory lock, and a replica that cannot take it skips the
 * round; the embedded SQLite store has one process.
 */
import { raw, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../../../../runtime/clock';
import { config } from '../../../../runtime/config';
import { periodicRounds } from '../../../../runtime/periodic-rounds';
import { recordEvents } from '../../../../runtime/outbox';
import { overdueNotice } from '../domain';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { overdueCondition } from './filters';
import { calendarDay } from './sql-values';

/** Any fixed number, the same in every replica, other than the escalation job's: names the lock of the overdue rounds. */
const ROUND_LOCK = 7_215_402_047;
const BATCH = 50;
/** Batches in one round; the rest waits for the next round, so one round never runs for long. */
const MAX_BATCHES = 20;

const isPostgres = (em: EntityManager) => em.getDriver() instanceof PostgreSqlDriver;

/** One batch in one transaction: the actions found and told, or null when another replica holds the lock. */
async function tellBatch(em: EntityManager, now: Date): Promise<{ found: number; told: number } | null> {
  return em.fork().transactional(async (tx) => {
    if (isPostgres(tx)) {
      const [row] = await tx
        .getConnection()
        .execute<{ locked: boolean }[]>(
          'select pg_try_advisory_xact_lock(?) as locked',
          [ROUND_LOCK],
          'all',
          tx.getTransactionContext(),
        );
      if (!row?.locked) return null;
    }
    const overdue = await tx.find(
      CorrectiveAction,
      { $and: [overdueCondition(true, now), { overdueNotifiedAt: null }] },
      { populate: ['finding', 'inspection'], orderBy: { dueOn: 'asc', id: 'asc' }, limit: BATCH },
    );
    let told = 0;
    for (const action of overdue) {
      const dueOn = calendarDay(action.dueOn);
      // Marked only as it was read: a facility that completed the action or moved its due day in
      // the meantime is not told of. The version is written as it is (left out, MikroORM would
      // count the mark as a change of the action), so the facility's next edit is not refused as stale.
      const marked = await tx.nativeUpdate(
        CorrectiveAction,
        { $and: [{ id: action.id, dueOn, overdueNotifiedAt: null }, overdueCondition(true, now)] },
        { overdueNotifiedAt: now, version: raw('version') },
      );
      if (marked !== 1) continue;
      const finding = action.finding.getEntity();
      const inspection = action.inspection.getEntity();
      // Not a mutation: the job records its events itself, in the transaction of its writes.
      const notice = overdueNotice({
        correctiveActionId: action.id,
        findingId: finding.id,
        inspectionId: inspection.id,
        facilityId: inspection.facilityId,
        country: inspection.facilityCountry,
        area: finding.area,
        dueOn,
      });
      recordEvents(tx, 'inspections', [notice], now);
      told++;
    }
    return { found: overdue.length, told };
  });
}

/** One round: the overdue actions told of; 0 when another replica holds the round. */
export async function tellOverdueCorrectiveActions(em: EntityManager, clock: Clock): Promise<number> {
  const now = clock.now();
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const outcome = await tellBatch(em, now);
    if (outcome === null) return total;
    total += outcome.told;
    if (outcome.found < BATCH) return total;
  }
  return total;
}

const rounds = periodicRounds();

/** Starts the rounds for this database (once). */
export function startOverdueJob(em: EntityManager, log: Logger, clock: Clock): void {
  rounds.start(em.getDriver(), config().CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS, () =>
    tellOverdueCorrectiveActions(em, clock)
      .then((told) => told && log.info({ told }, 'overdue corrective actions told'))
      .catch((error: Error) => log.error({ err: error.message }, 'overdue round failed; the next round retries')),
  );
}

/** Stops the rounds and waits for one in progress. */
export const stopOverdueJob = (em: EntityManager): Promise<void> => rounds.stop(em.getDriver());
