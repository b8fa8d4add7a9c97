import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createAdmission, type Admission } from './admission';

/**
 * Process metrics (CPU, memory, event loop, GC) and the cache's reads, once per process however
 * many services it runs (the embedded stack shares one cache among all five).
 */
let processRegistry: { registry: Registry; cacheReads: Counter<'result'> } | undefined;
function processMetrics() {
  if (!processRegistry) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const cacheReads = new Counter({
      name: 'lcg_cache_reads_total',
      help: 'Cache reads by result: hit, miss, or error (Redis unreachable; counts as a miss)',
      labelNames: ['result'],
      registers: [registry],
    });
    processRegistry = { registry, cacheReads };
  }
  return processRegistry;
}

/** Counts one cache read (runtime/cache.ts). */
export const countCacheRead = (result: 'hit' | 'miss' | 'error') => processMetrics().cacheReads.inc({ result });

/** What the gateway observed of one subgraph fetch. */
export type FetchOutcome = 'ok' | 'timeout' | 'unavailable' | 'deadline' | 'abandoned' | 'error';

/** A connection pool's state: connections in use, idle, and requests waiting for one. */
export interface PoolStats {
  used: number;
  free: number;
  pending: number;
}

type KnexPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number };

/** The state of the knex pool behind a MikroORM connection, when there is one. */
export function knexPoolStats(orm: MikroORM): PoolStats | undefined {
  const connection = orm.em.getConnection() as unknown as { getKnex?(): { client?: { pool?: KnexPool } } };
  const pool = connection.getKnex?.().client?.pool;
  return pool && { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() };
}

/** Who may read /metrics: the bearer of METRICS_TOKEN; without one, anyone outside production and nobody in it. */
export interface MetricsAccess {
  token?: string;
  production: boolean;
  log: Logger;
}

/** What a subgraph's events wait on, read at every scrape (`runtime/subgraph-events.ts`). */
export interface EventLag {
  /** Events in the outbox the relay has not published yet, and the age of the oldest in seconds (0 when none). */
  outbox(): Promise<{ unpublished: number; oldestAgeSeconds: number }>;
  /** Per consumer group of the subgraph: events delivered and not acknowledged yet, and events parked as dead letters. */
  groups(): Promise<{ group: string; pending: number; dead: number }[]>;
}

/** One read for the gauges that a scrape collects together (it asks every metric at once). */
function sharedRead<Result>(read: () => Promise<Result>): () => Promise<Result> {
  let inFlight: Promise<Result> | undefined;
  return () => (inFlight ??= read().finally(() => (inFlight = undefined)));
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Metrics of one service (`lcg_<service>_…`), in a registry of its own: tests run several stacks
 * in one process, and each service must count only its own requests.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly prefix: string;
  private readonly requests: Counter;
  private readonly requestsWithErrors: Counter;
  private readonly errors: Counter<'code'>;
  private readonly duration: Histogram;

  constructor(service: string) {
    // Started with the first service, so that CPU time counts from (nearly) the process's start.
    processMetrics();
    this.prefix = `lcg_${service.replace(/[^a-zA-Z0-9_]/g, '_')}`;
    const registers = [this.registry];
    const prefix = this.prefix;
    this.requests = new Counter({ name: `${prefix}_requests_total`, help: 'GraphQL requests received', registers });
    this.requestsWithErrors = new Counter({
      name: `${prefix}_requests_with_errors_total`,
      help: 'GraphQL requests answered with at least one error',
      registers,
    });
    this.errors = new Counter({
      name: `${prefix}_errors_total`,
      help: 'GraphQL errors by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.duration = new Histogram({
      name: `${prefix}_request_duration_seconds`,
      help: 'Time from receiving a GraphQL request to sending its response',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
  }

  /** Counts every GraphQL request, its errors by code and its duration. */
  plugin<Context extends object>(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const stopTimer = this.duration.startTimer();
        this.requests.inc();
        return {
          didEncounterErrors: async ({ errors }) => {
            this.requestsWithErrors.inc();
            for (const error of errors)
              this.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          },
          willSendResponse: async () => void stopTimer(),
        };
      },
    };
  }

  /** Admission control (runtime/admission.ts) whose requests in flight and refusals are counted here. */
  admission(limit: number): Admission {
    const refused = new Counter({
      name: `${this.prefix}_admission_refusals_total`,
      help: 'Requests refused with 503 because the service was at its in-flight limit',
      registers: [this.registry],
    });
    const admission = createAdmission(limit, () => refused.inc());
    new Gauge({
      name: `${this.prefix}_requests_in_flight`,
      help: `Requests being worked on (the limit is ${limit})`,
      registers: [this.registry],
      collect() {
        this.set(admission.inFlight);
      },
    });
    return admission;
  }

  /** The gateway's subgraph fetches: latency by subgraph and outcome, failures counted apart. */
  subgraphFetches(): (subgraph: string, outcome: FetchOutcome, seconds: number) => void {
    const registers = [this.registry];
    const latency = new Histogram<'subgraph' | 'outcome'>({
      name: `${this.prefix}_subgraph_fetch_duration_seconds`,
      help: 'Time from sending a subgraph fetch to its answer or failure, by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    const failures = new Counter<'subgraph' | 'outcome'>({
      name: `${this.prefix}_subgraph_fetch_failures_total`,
      help: 'Subgraph fetches that got no answer: timeout, unavailable, deadline, abandoned or error',
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    return (subgraph, outcome, seconds) => {
      latency.observe({ subgraph, outcome }, seconds);
      if (outcome !== 'ok') failures.inc({ subgraph, outcome });
    };
  }

  /** The database connection pool, read at every scrape. */
  databasePool(stats: () => PoolStats | undefined): void {
    new Gauge<'state'>({
      name: `${this.prefix}_db_pool_connections`,
      help: 'Database pool: connections in use (used), idle (free), and acquisitions waiting (pending)',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const current = stats();
        if (!current) return;
        for (const [state, value] of Object.entries(current)) this.set({ state }, value);
      },
    });
  }

  /**
   * A subgraph's event lag, read at every scrape: the outbox's backlog, and per consumer group what
   * is pending and what is parked. A read that fails (the database or Redis unreachable) shows as
   * NaN, or as no sample for the groups, rather than failing the whole scrape.
   */
  eventLag(lag: EventLag): void {
    const registers = [this.registry];
    const outbox = sharedRead(lag.outbox);
    const groups = sharedRead(lag.groups);
    const outboxGauge = (
      name: string,
      help: string,
      value: (read: Awaited<ReturnType<EventLag['outbox']>>) => number,
    ) =>
      new Gauge({
        name: `${this.prefix}_${name}`,
        help,
        registers,
        async collect() {
          this.set(await outbox().then(value, () => Number.NaN));
        },
      });
    outboxGauge(
      'outbox_unpublished_events',
      'Events in the outbox not published to the event bus yet',
      (read) => read.unpublished,
    );
    outboxGauge(
      'outbox_oldest_unpublished_age_seconds',
      'Age of the oldest event in the outbox not published yet (0 when none waits)',
      (read) => read.oldestAgeSeconds,
    );
    const groupGauge = (name: string, help: string, value: (group: { pending: number; dead: number }) => number) =>
      new Gauge<'group'>({
        name: `${this.prefix}_${name}`,
        help,
        labelNames: ['group'],
        registers,
        async collect() {
          this.reset();
          for (const group of await groups().catch(() => [])) this.set({ group: group.group }, value(group));
        },
      });
    groupGauge(
      'event_consumer_pending_events',
      'Events delivered to a consumer group and not acknowledged yet, by group',
      (group) => group.pending,
    );
    groupGauge(
      'event_consumer_dead_letters',
      'Events parked as dead letters after their handler failed on every delivery allowed, by group',
      (group) => group.dead,
    );
  }

  /**
   * Serves this service's and the process's metrics at /metrics, in the Prometheus text format:
   * to the bearer of METRICS_TOKEN when it is set; otherwise openly outside production, and not at
   * all (404, with a warning at start) in production, where metrics would show anyone the traffic.
   */
  mount(app: Express, access: MetricsAccess): void {
    if (!access.token && access.production) {
      access.log.warn('METRICS_TOKEN is not set: /metrics is not served in production');
      app.get('/metrics', (_request, response) => void response.status(404).json({ error: 'Not found' }));
      return;
    }
    const expected = access.token ? digest(`Bearer ${access.token}`) : undefined;
    app.get('/metrics', async (request, response) => {
      if (expected && !timingSafeEqual(digest(request.get('authorization') ?? ''), expected)) {
        response.status(401).set('www-authenticate', 'Bearer').json({ error: 'A bearer token is required' });
        return;
      }
      const merged = Registry.merge([processMetrics().registry, this.registry]);
      response.type(merged.contentType).send(await merged.metrics());
    });
  }
}
