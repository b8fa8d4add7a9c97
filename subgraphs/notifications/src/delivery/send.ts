import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { publicOnlyLookup, webhookUrlProblem } from '../domain/webhook-url';

/** One attempt's outcome: the receiver's status, or why there was none. */
export interface AttemptOutcome {
  status: number | null;
  error: string | null;
}

// Connections to a receiver are kept open between deliveries: most subscribers receive many.
const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

/** The most of a receiver's answer that is read (and then dropped): its status is what counts. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs one delivery. Redirects are not followed (a receiver that moved updates its subscription),
 * and the host is resolved to public addresses only unless private ones are allowed.
 */
export function postDelivery(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<AttemptOutcome> {
  const problem = webhookUrlProblem(url, options.allowPrivate);
  if (problem) return Promise.resolve({ status: null, error: `The URL ${problem}` });
  const target = new URL(url);
  const https = target.protocol === 'https:';
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: AttemptOutcome) => {
      if (!settled) resolve(outcome);
      settled = true;
    };
    const request = (https ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: https ? agents.https : agents.http,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: options.timeoutMs,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const status = response.statusCode ?? null;
        response.on('end', () => finish({ status, error: null }));
        response.on('close', () => finish({ status, error: null }));
        response.on('error', () => finish({ status, error: null }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({ status: null, error: (error.code ? `${error.code}: ` : '') + error.message }),
    );
    request.end(body);
  });
}
