import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideConfig } from '../../runtime/config';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import { graphql } from '../__generated__';
import { secretsHashed } from '../grievances/tracking-support';
import { newFacilityId } from '../inspections/fixtures';
import { overtimeAudit, overtimeComplaint } from '../support/load-inputs';
import { ensureRegistered } from '../support/registry';
import type { TypedDocumentString } from '../__generated__/graphql';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * Exactly once under load, on the in-process stack. A thousand workers file anonymously at once
 * and two hundred inspections are submitted; a third of each are sent twice — the retry racing
 * the original, as a client that timed out would send it. Clients come back when told to
 * (503, SERVICE_UNAVAILABLE, RATE_LIMITED, a deadline or a dropped connection), with the same key.
 * Afterwards there is exactly one grievance and one inspection per key, every worker holds a
 * secret, every answer under one key carries the same one, it opens the case, and once the
 * background job is done every case keeps only the scrypt hash of its secret. How long the
 * run takes at the production hash cost is measured by `bench/filing-load.ts`, not asserted here.
 */
const WORKERS = 1_000;
const INSPECTIONS = 200;

const FILE = graphql(`
  mutation ExactlyOnceFile($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      trackingCode
      secret
      replayed
    }
  }
`);
const SUBMIT = graphql(`
  mutation ExactlyOnceInspect($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const FOLLOW = graphql(`
  query ExactlyOnceFollow($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      status
    }
  }
`);

let stack: TestStack;
let auditor: string;
const facilities = Array.from({ length: 5 }, () => newFacilityId('BD'));
beforeAll(async () => {
  // The rate limit guards the public gateway; here a thousand workers share one test client.
  overrideConfig({ RATE_LIMIT_PER_MINUTE: 1_000_000 });
  stack = await startTestStack();
  await ensureRegistered(stack, ...facilities);
  auditor = await stack.token({ role: 'AUDITOR', organizationId: 'org-exactly-once-audits' });
});
afterAll(async () => {
  agent.destroy();
  await stack?.stop();
});

// Every request is sent at once; like a load balancer, the client spreads them over a bounded set of
// kept-alive connections (more than the gateway admits at once) rather than opening 1,600 at the
// same instant.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs an operation to the gateway over those connections, as a worker's phone would. */
function send<Data, Variables>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  headers: Record<string, string>,
): Promise<GraphQLResponse<Data>> {
  return new Promise((resolve, reject) => {
    const request = http.request(stack.gateway.url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', ...headers },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve({ ...JSON.parse(Buffer.concat(chunks).toString('utf8')), status: response.statusCode ?? 0 });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    request.end(JSON.stringify({ query: document.toString(), variables }));
  });
}

const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED', 'DEADLINE_EXCEEDED', 'SUBGRAPH_UNAVAILABLE']);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a mutation until it is answered, as a well-behaved client does: after a refusal it waits
 * what it was told (or backs off), with jitter, and sends the same request again.
 */
async function untilAnswered<Data>(send: () => Promise<GraphQLResponse<Data>>): Promise<Data> {
  for (let attempt = 0; ; attempt++) {
    let response: GraphQLResponse<Data> | undefined;
    try {
      response = await send();
    } catch {
      // A dropped connection: the request may or may not have been carried out; the key decides.
    }
    const codes = (response?.errors ?? []).map((error) => error.extensions?.code);
    const retryable =
      !response || [429, 502, 503, 504].includes(response.status) || codes.some((code) => RETRYABLE.has(code!));
    if (!retryable) {
      if (response!.errors?.length || !response!.data) throw new Error(`refused: ${JSON.stringify(response!.errors)}`);
      return response!.data;
    }
    if (attempt > 200) throw new Error(`still refused after ${attempt} attempts: ${JSON.stringify(response?.errors)}`);
    const told = Number(
      response?.errors?.find((error) => error.extensions?.retryAfterSeconds)?.extensions?.retryAfterSeconds,
    );
    // Never earlier than told (Retry-After), within a second after; otherwise back off, with jitter.
    const wait =
      Number.isFinite(told) && told > 0
        ? told * 1000 + Math.random() * 1000
        : Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random());
    await pause(wait);
  }
}

const asWorker = (n: number) => ({ 'x-forwarded-for': `10.77.${n >> 8}.${n & 255}` });

const complaint = (n: number) => overtimeComplaint(facilities[n % facilities.length], `Exactly-once worker ${n}`);
const audit = (n: number) => overtimeAudit(facilities[n % facilities.length], `Exactly-once inspection ${n}`);

describe('a thousand anonymous filings and two hundred inspections at once, a third sent twice', () => {
  it('writes each exactly once, and every worker ends with the one secret that opens their case', async () => {
    const filings = Array.from({ length: WORKERS }, (_, n) => {
      const variables = { input: complaint(n), key: randomUUID() };
      const file = () => untilAnswered(() => send(FILE, variables, asWorker(n)));
      return Promise.all(n % 3 === 0 ? [file(), file()] : [file()]);
    });
    const inspections = Array.from({ length: INSPECTIONS }, (_, n) => {
      const variables = { input: audit(n), key: randomUUID() };
      const submit = () => untilAnswered(() => send(SUBMIT, variables, { authorization: `Bearer ${auditor}` }));
      return Promise.all(n % 3 === 0 ? [submit(), submit()] : [submit()]);
    });
    const [filed, submitted] = await Promise.all([Promise.all(filings), Promise.all(inspections)]);

    // Every answer under one key names the same case and carries the same secret.
    const workers = filed.map((answers) => answers.map((answer) => answer.submitGrievance!));
    for (const answers of workers) {
      expect(answers[0].secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
      for (const answer of answers.slice(1)) {
        expect({ trackingCode: answer.trackingCode, secret: answer.secret }).toEqual({
          trackingCode: answers[0].trackingCode,
          secret: answers[0].secret,
        });
      }
    }
    for (const answers of submitted) {
      expect(answers.map((answer) => answer.submitInspection!.userErrors)).toEqual(answers.map(() => []));
      expect(new Set(answers.map((answer) => answer.submitInspection!.inspection?.id)).size).toBe(1);
    }

    // Exactly one row per key.
    const grievances = await stack
      .em('grievances')
      .find(Grievance, { summary: { $like: 'Exactly-once worker %' } }, { fields: ['id', 'summary'] });
    expect(grievances).toHaveLength(WORKERS);
    expect(new Set(grievances.map((grievance) => grievance.summary)).size).toBe(WORKERS);
    const inspected = await stack
      .em('inspections')
      .find(Inspection, { summary: { $like: 'Exactly-once inspection %' } }, { fields: ['id', 'summary'] });
    expect(inspected).toHaveLength(INSPECTIONS);
    expect(new Set(inspected.map((inspection) => inspection.summary)).size).toBe(INSPECTIONS);

    // A sample of workers follow their case with what they were given.
    const sample = workers.filter((_, n) => n % 20 === 7).map((answers) => answers.at(-1)!);
    const followed = await Promise.all(
      sample.map((answer, n) =>
        untilAnswered(() => send(FOLLOW, { code: answer.trackingCode!, secret: answer.secret! }, asWorker(5_000 + n))),
      ),
    );
    expect(followed.map((answer) => answer.grievanceStatus?.status)).toEqual(sample.map(() => 'RECEIVED'));

    // The filings answered before their secrets were hashed; the background job then leaves every
    // case with the scrypt hash of its secret, and nothing sealed.
    await secretsHashed(stack);
    const stored = await stack
      .em('grievances')
      .find(Grievance, { summary: { $like: 'Exactly-once worker %' } }, { fields: ['id', 'secretHash'] });
    expect(stored.filter((grievance) => !grievance.secretHash?.startsWith('scrypt$'))).toEqual([]);
    // Generous: 1,600 requests and 1,000 hashes share two cores with the suite's other worker, whose
    // file may be as heavy; alone this takes about half a minute. What is asserted is correctness.
  }, 420_000);
});
