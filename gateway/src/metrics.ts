import type { ApolloServerPlugin } from '@apollo/server';

/** Request counters and latency, in Prometheus text format at /metrics. */
export class GatewayMetrics {
  private requests = 0;
  private failedRequests = 0;
  private errorsByCode = new Map<string, number>();
  private durationBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  private durationCounts = new Array(this.durationBuckets.length + 1).fill(0);
  private durationSum = 0;

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        this.requests++;
        return {
          didEncounterErrors: async ({ errors }) => {
            this.failedRequests++;
            for (const error of errors) {
              const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
              this.errorsByCode.set(code, (this.errorsByCode.get(code) ?? 0) + 1);
            }
          },
          willSendResponse: async () => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            this.durationSum += seconds;
            const bucket = this.durationBuckets.findIndex((limit) => seconds <= limit);
            this.durationCounts[bucket === -1 ? this.durationBuckets.length : bucket]++;
          },
        };
      },
    };
  }

  render(): string {
    const lines = [
      '# TYPE lcg_gateway_requests_total counter',
      `lcg_gateway_requests_total ${this.requests}`,
      '# TYPE lcg_gateway_requests_with_errors_total counter',
      `lcg_gateway_requests_with_errors_total ${this.failedRequests}`,
      '# TYPE lcg_gateway_errors_total counter',
      ...[...this.errorsByCode].map(([code, count]) => `lcg_gateway_errors_total{code="${code}"} ${count}`),
      '# TYPE lcg_gateway_request_duration_seconds histogram',
    ];
    let cumulative = 0;
    this.durationBuckets.forEach((limit, index) => {
      cumulative += this.durationCounts[index];
      lines.push(`lcg_gateway_request_duration_seconds_bucket{le="${limit}"} ${cumulative}`);
    });
    lines.push(`lcg_gateway_request_duration_seconds_bucket{le="+Inf"} ${cumulative + this.durationCounts.at(-1)}`);
    lines.push(`lcg_gateway_request_duration_seconds_sum ${this.durationSum}`, `lcg_gateway_request_duration_seconds_count ${this.requests}`);
    return `${lines.join('\n')}\n`;
  }
}
