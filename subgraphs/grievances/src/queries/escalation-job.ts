/**
 * The escalation job: every DEADLINE_ESCALATION_INTERVAL_MS it finds the open cases with a missed
 * deadline it has not acted on (an indexed comparison against `nextEscalationAt`) and escalates them
 * as their mechanism says (`mutations/deadline-escalation.ts`). Exactly one replica runs a round at
 * a time: on PostgreSQL a round holds a transaction-level advisory lock, and a replica that cannot
 * take it skips the round; the embedded SQLite store has one process. Even two rounds at once
 * escalate a step once: each case is written under its version, and a step escalated is recorded.
 */
import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Clock } from '../../../../runtime/clock';
import { config } from '../../../../runtime/config';
import { periodicRounds } from '../../../../runtime/periodic-rounds';
import { recordEvents } from '../../../../runtime/outbox';
import type { Logger } from 'pino';
import { TERMINAL_STATUSES } from '../domain';
import { Grievance } from '../entities/grievance.entity';
import { escalateMissedSteps } from '../mutations/deadline-escalation';

/** Any fixed number, the same in every replica: names the lock of the escalation rounds. */
const ROUND_LOCK = 7_215_402_031;
const BATCH = 50;
/** Batches in one round; the rest waits for the next round, so one round never runs for long. */
const MAX_BATCHES = 20;

const isPostgres = (em: EntityManager) => em.getDriver() instanceof PostgreSqlDriver;

/** One batch in one transaction: the cases escalated, or null when another replica holds the lock. */
async function escalateBatch(em: EntityManager, now: Date): Promise<number | null> {
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
    const due = await tx.find(
      Grievance,
      { nextEscalationAt: { $lt: now }, status: { $nin: [...TERMINAL_STATUSES] } },
      { orderBy: { nextEscalationAt: 'asc', id: 'asc' }, limit: BATCH },
    );
    let escalated = 0;
    for (const grievance of due) {
      const steps = escalateMissedSteps(tx, grievance, now);
      if (steps.length) escalated++;
      // Not a mutation: the job records its events itself, in the transaction of its writes.
      const events = steps.flatMap((step) => step.events);
      recordEvents(tx, 'grievances', events, now);
    }
    return escalated;
  });
}

/** One round: cases escalated; 0 when another replica holds the round. */
export async function escalateOverdueCases(em: EntityManager, clock: Clock): Promise<number> {
  const now = clock.now();
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const escalated = await escalateBatch(em, now);
    if (escalated === null) return total;
    total += escalated;
    if (escalated < BATCH) return total;
  }
  return total;
}

const rounds = periodicRounds();

/** Starts the rounds for this database (once). */
export function startEscalationJob(em: EntityManager, log: Logger, clock: Clock): void {
  rounds.start(em.getDriver(), config().DEADLINE_ESCALATION_INTERVAL_MS, () =>
    escalateOverdueCases(em, clock)
      .then((escalated) => escalated && log.info({ escalated }, 'cases escalated for missed deadlines'))
      .catch((error: Error) => log.error({ err: error.message }, 'escalation round failed; the next round retries')),
  );
}

/** Stops the rounds and waits for one in progress. */
export const stopEscalationJob = (em: EntityManager): Promise<void> => rounds.stop(em.getDriver());
