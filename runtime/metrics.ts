import type { ApolloServerPlugin } from '@apollo/server';
import type { Express } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Process metrics (CPU, memory, event loop, GC) once per process, however many services it runs. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * GraphQL request metrics of one service (`lcg_<service>_…`), in a registry of its own: tests run
 * several stacks in one process, and each service must count only its own requests.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter;
  private readonly requestsWithErrors: Counter;
  private readonly errors: Counter<'code'>;
  private readonly duration: Histogram;

  constructor(service: string) {
    // Started with the first service, so that CPU time counts from (nearly) the process's start.
    processMetrics();
    const prefix = `lcg_${service.replace(/[^a-zA-Z0-9_]/g, '_')}`;
    const registers = [this.registry];
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

  /** Serves this service's and the process's metrics at /metrics, in the Prometheus text format. */
  mount(app: Express): void {
    app.get('/metrics', async (_request, response) => {
      const merged = Registry.merge([processMetrics(), this.registry]);
      response.type(merged.contentType).send(await merged.metrics());
    });
  }
}
