/**
 * A background job's rounds: every `intervalMs` one round, never two at once (a slow round makes
 * the next wait), started once per database and stopped by waiting for the round in progress.
 * The round handles and logs its own failures; the next one tries again.
 */
export interface PeriodicRounds {
  /** Starts the rounds for `owner` (a database driver), once; an interval of 0 starts none. */
  start(owner: object, intervalMs: number, round: () => Promise<unknown>): void;
  /** Stops the rounds of `owner` and waits for the one in progress. */
  stop(owner: object): Promise<void>;
}

export function periodicRounds(): PeriodicRounds {
  const running = new WeakMap<object, { timer: NodeJS.Timeout; round?: Promise<unknown> }>();
  return {
    start(owner, intervalMs, round) {
      if (running.has(owner) || intervalMs === 0) return;
      const job: { timer: NodeJS.Timeout; round?: Promise<unknown> } = {
        timer: setInterval(() => {
          job.round ??= round().finally(() => (job.round = undefined));
        }, intervalMs),
      };
      job.timer.unref();
      running.set(owner, job);
    },
    async stop(owner) {
      const job = running.get(owner);
      if (!job) return;
      clearInterval(job.timer);
      running.delete(owner);
      await job.round;
    },
  };
}
