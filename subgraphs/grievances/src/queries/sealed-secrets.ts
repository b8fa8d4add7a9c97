import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { signingSecret } from '../../../../runtime/secrets';
import { hashSecret } from '../domain';
import { openSealedSecret } from '../domain/sealed-secret';
import { trackingSecretKey } from '../domain/secret-replay';
import { Grievance } from '../entities/grievance.entity';
import { HashingBusy, hashInLane, roomIn } from './secret-hashing';
import { secretHashing } from './tracking';

/**
 * The background job that turns sealed secrets into scrypt hashes (`domain/sealed-secret.ts`).
 *
 * A filing hands its case here once it has answered; at start the job also takes every case still
 * sealed (a process that stopped before hashing them). Cases wait in the job's list, not in the
 * hashing queue: the job hands the queue's `sealed` lane no more than it has room for, so a crowd
 * of filings never fills the queue, and their hashes yield to every worker's secret check but a
 * guesser's. A hash replaces its seal only if the seal is still there (a lookup may have hashed it
 * first); a case the job could not hash (the database failed) is tried again after a pause.
 *
 * One job per database (each subgraph instance, each test stack): replicas of one deployment each
 * hash the cases they filed, and at start all that are sealed, so two replicas starting together
 * may hash a case twice — the second hash then replaces nothing.
 */
interface Job {
  em: EntityManager;
  log: Logger;
  pending: Set<string>;
  running?: Promise<void>;
  stopped: boolean;
  /** Grows while tries fail (a database down), back to the first pause after one succeeds. */
  pauseMs: number;
}

const SEALED = { $like: 'sealed$%' };
const BATCH = 32;
/** The pause after a failure (the database, or a full lane) before the job tries its cases again, and the longest. */
const PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 60_000;
// Keyed by the database driver, which lives as long as the subgraph's ORM.
const jobs = new WeakMap<object, Job>();

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

function jobOf(em: EntityManager, log: Logger): Job {
  const owner = em.getDriver();
  let job = jobs.get(owner);
  if (!job) {
    job = { em: em.fork(), log, pending: new Set(), stopped: false, pauseMs: PAUSE_MS };
    jobs.set(owner, job);
  }
  return job;
}

/** Hands the job cases whose secret is sealed; it hashes them in the background. */
export function hashSealedLater(em: EntityManager, log: Logger, grievanceIds: string[]): void {
  const job = jobOf(em, log);
  if (job.stopped) return;
  for (const id of grievanceIds) job.pending.add(id);
  job.running ??= work(job).finally(() => (job.running = undefined));
}

/** At start: every case of this database still sealed goes to the job. */
export async function hashSealedFromEarlier(em: EntityManager, log: Logger): Promise<number> {
  let sealed: { id: string }[];
  try {
    sealed = await em.fork().find(Grievance, { secretHash: SEALED }, { fields: ['id'], orderBy: { filedAt: 'ASC' } });
  } catch (error) {
    // The service starts anyway: a lookup hashes what it meets sealed, and the next start tries again.
    log.warn({ err: (error as Error).message }, 'tracking secrets sealed before this start not looked for');
    return 0;
  }
  if (sealed.length > 0) log.info({ cases: sealed.length }, 'hashing tracking secrets sealed before this start');
  // A start after a stop on the same database (a subgraph restarted in its process) resumes the job.
  jobOf(em, log).stopped = false;
  hashSealedLater(
    em,
    log,
    sealed.map(({ id }) => id),
  );
  return sealed.length;
}

/** Stops the job of this database: the hashes under way end, the rest stay sealed for the next start. */
export async function stopHashingSealed(em: EntityManager): Promise<void> {
  const owner = em.getDriver();
  const job = jobs.get(owner);
  if (!job) return;
  job.stopped = true;
  job.pending.clear();
  await job.running;
}

/** Cases of this database whose secret is still sealed (for tests and the load benchmark). */
export const sealedCases = (em: EntityManager) => em.fork().count(Grievance, { secretHash: SEALED });

async function work(job: Job): Promise<void> {
  while (!job.stopped && job.pending.size > 0) {
    const batch = [...job.pending].slice(0, Math.min(BATCH, roomIn('sealed')));
    if (batch.length === 0) {
      await pause(PAUSE_MS);
      continue;
    }
    batch.forEach((id) => job.pending.delete(id));
    let retry: string[];
    try {
      const cases = await job.em
        .fork()
        .find(Grievance, { id: { $in: batch }, secretHash: SEALED }, { fields: ['id', 'secretHash', 'version'] });
      const outcomes = await Promise.all(cases.map((sealedCase) => hashOne(job, sealedCase)));
      retry = cases.filter((_, index) => !outcomes[index]).map(({ id }) => id);
    } catch (error) {
      job.log.warn({ err: (error as Error).message }, 'sealed tracking secrets not read; trying again shortly');
      retry = batch;
    }
    if (retry.length === 0) {
      job.pauseMs = PAUSE_MS;
    } else if (!job.stopped) {
      retry.forEach((id) => job.pending.add(id));
      await pause(job.pauseMs);
      job.pauseMs = Math.min(LONGEST_PAUSE_MS, job.pauseMs * 2);
    }
  }
}

/** Replaces one case's seal with the hash of its secret; false when it should be tried again. */
async function hashOne(
  job: Job,
  { id, secretHash, version }: Pick<Grievance, 'id' | 'secretHash' | 'version'>,
): Promise<boolean> {
  const secret = openSealedSecret(trackingSecretKey(signingSecret()), secretHash);
  if (secret === null) {
    // Sealed under a server key this deployment no longer has: nothing can ever open this case by its secret.
    job.log.error(
      { grievanceId: id },
      'a sealed tracking secret cannot be opened (the signing secret changed before it was hashed): its worker cannot follow the case by secret',
    );
    return true;
  }
  try {
    const hash = await hashInLane('sealed', (scrypt) => hashSecret(secret, secretHashing(), scrypt));
    // The case itself does not change: its version stays (a handler's expected version still holds).
    // Changed meanwhile (a new version, or a lookup stored the hash first): the next round sees.
    const updated = await job.em
      .fork()
      .nativeUpdate(Grievance, { id, secretHash, version }, { secretHash: hash, version });
    return updated > 0;
  } catch (error) {
    if (!(error instanceof HashingBusy))
      job.log.warn(
        { err: (error as Error).message, grievanceId: id },
        'sealed tracking secret not hashed; trying again',
      );
    return false;
  }
}
