import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_GRIEVANCE as CANONICAL_FILE, MY_GRIEVANCE } from '../../bench/operations';
import { config } from '../../runtime/config';
import {
  complainantMessage,
  hashSecret,
  scryptParameters,
  type GrievanceStatus,
} from '../../subgraphs/grievances/src/domain';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { secretsHashed } from './tracking-support';
import { addFacility, addOrganization, file, move, newFacilityId, newKey, submission } from './fixtures';

/**
 * A worker without an account files a grievance, keeps the tracking code and secret, and follows
 * the case in their own language while the handler — here the labour inspectorate of the
 * facility's country — moves it through remediation.
 */
const NOW = new Date('2026-03-02T08:00:00Z');
const INSPECTORATE = 'org-grv-anon-inspectorate';
const FACILITY = newFacilityId('BD');

let stack: TestStack;
let inspector: string;

const FILE = graphql(CANONICAL_FILE);
const STATUS = graphql(MY_GRIEVANCE);

const FOLLOW = graphql(`
  query AnonymousWorkerFollow($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      status
      statusName
      message
      language
      nextDeadline
      overdue
      timeline {
        at
        status
        message
        note
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation AnonymousWorkerWithdraw($code: String!, $secret: String, $reason: String) {
    withdrawGrievance(trackingCode: $code, secret: $secret, reason: $reason) {
      tracking {
        status
        message
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const REMEDY = graphql(`
  mutation AnonymousWorkerRemedy($id: ID!, $input: RemediationInput!) {
    recordRemediation(grievanceId: $id, input: $input) {
      remediation {
        actionsAgreed
        backPay {
          amount
          currency
        }
        workersReinstated
        verified
        verifiedBy {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const CASES = graphql(`
  query AnonymousWorkerCases {
    grievances(first: 5) {
      edges {
        node {
          id
          version
          handlerKind
          handler {
            id
          }
        }
      }
    }
  }
`);

const REMEDIATION = graphql(`
  query AnonymousWorkerRemediation($id: ID!) {
    grievance(id: $id) {
      handler {
        id
      }
      remediation {
        backPay {
          amount
          currency
        }
        verified
        verifiedBy {
          id
        }
      }
    }
  }
`);

const RETRY = graphql(`
  mutation AnonymousWorkerRetry($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      trackingCode
      secret
      replayed
      notice
      grievance {
        status
      }
    }
  }
`);

const VERSION = graphql(`
  query AnonymousWorkerVersion($id: ID!) {
    grievance(id: $id) {
      version
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AnonymousWorkerAcknowledge($id: ID!, $v: Int!) {
    transitionGrievance(id: $id, to: ACKNOWLEDGED, expectedVersion: $v) {
      grievance {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** The case as the worker follows it; a response with errors, or without the case, fails the test. */
async function follow(code: string, secret: string) {
  const response = await stack.query(FOLLOW, { code, secret });
  expect(response.errors).toBeUndefined();
  const tracking = response.data?.grievanceStatus;
  if (!tracking) throw new Error(`no case answers ${code}: ${JSON.stringify(response.data)}`);
  return tracking;
}

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, 'org-grv-anon-supplier', 'SUPPLIER');
  addFacility(suppliers, FACILITY, 'org-grv-anon-supplier');
  await suppliers.flush();
  inspector = await stack.token({ role: 'REGULATOR', organizationId: INSPECTORATE, country: 'BD' });
});
afterAll(() => stack?.stop());

describe('an anonymous worker', () => {
  it('files, gets a code and a secret, and reads each status in Bengali as the inspectorate moves the case through remediation', async () => {
    const filed = await stack.query(FILE, {
      input: submission({ facility: { id: FACILITY }, language: 'bn-BD', channel: 'WHATSAPP' }),
      key: newKey(),
    });
    expect(filed.errors).toBeUndefined();
    const { trackingCode, secret, grievance } = dataOf(filed).submitGrievance!;
    expect(trackingCode).toMatch(/^GRV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(grievance).toEqual({ status: 'RECEIVED' });

    const received = dataOf(await stack.query(STATUS, { code: trackingCode!, secret: secret! })).grievanceStatus;
    expect(received).toEqual({
      status: 'RECEIVED',
      message: complainantMessage('RECEIVED', 'bn').nextStep,
      nextDeadline: '2026-03-09T08:00:00.000Z',
      timeline: [{ at: NOW.toISOString(), status: 'RECEIVED', message: 'অভিযোগ জমা দেওয়া হয়েছে' }],
    });
    expect(received?.message).toMatch(/আপনার অভিযোগ/);

    const cases = await stack.query(CASES, {}, { token: inspector });
    const [{ node }] = dataOf(cases).grievances!.edges;
    expect(node.handlerKind).toBe('REGULATOR');
    let version = node.version;

    const path: GrievanceStatus[] = [
      'ACKNOWLEDGED',
      'UNDER_REVIEW',
      'INVESTIGATING',
      'REMEDIATION_AGREED',
      'REMEDIATION_IN_PROGRESS',
      'RESOLVED',
    ];
    for (const status of path) {
      stack.clock.advanceDays(3);
      if (status === 'REMEDIATION_IN_PROGRESS' || status === 'RESOLVED') {
        const remedy = await stack.query(
          REMEDY,
          {
            id: node.id,
            input: {
              actionsAgreed: ['Pay overtime owed since January'],
              backPay: { amount: '45000.5', currency: 'bdt' },
              workersReinstated: 0,
              verified: status === 'RESOLVED',
            },
          },
          { token: inspector },
        );
        expect(dataOf(remedy).recordRemediation!.userErrors).toEqual([]);
        version += 1;
      }
      const shared =
        status === 'ACKNOWLEDGED'
          ? { note: 'An inspector will visit next week.', public: true }
          : { note: 'Employer contacted by phone.' };
      version = await move(stack, inspector, node.id, status, version, shared);
      const seen = await follow(trackingCode!, secret!);
      const expected = complainantMessage(status, 'bn-BD');
      expect(seen).toMatchObject({
        status,
        statusName: expected.statusName,
        message: expected.nextStep,
        language: 'bn',
      });
    }

    const closed = await follow(trackingCode!, secret!);
    expect(closed.statusName).toBe('সমাধান হয়েছে');
    expect(closed.nextDeadline).toBeNull();
    expect(closed.timeline.map((event) => event.status)).toEqual(['RECEIVED', ...path]);
    // Only the note the inspector chose to share reaches the worker.
    expect(closed.timeline.map((event) => event.note).filter(Boolean)).toEqual(['An inspector will visit next week.']);

    const remedy = await stack.query(REMEDIATION, { id: node.id }, { token: inspector });
    expect(dataOf(remedy).grievance).toEqual({
      handler: { id: INSPECTORATE },
      remediation: {
        backPay: { amount: '45000.50', currency: 'BDT' },
        verified: true,
        verifiedBy: { id: INSPECTORATE },
      },
    });
  });

  it('reads the status in French, Spanish and Vietnamese, and in English for a language without a translation', async () => {
    const expectations: [string, string, string][] = [
      ['fr-CA', 'Reçue', 'fr'],
      ['es-MX', 'Recibida', 'es'],
      ['vi', 'Đã nhận', 'vi'],
      ['th-TH', 'Received', 'en'],
    ];
    for (const [language, statusName, shown] of expectations) {
      const { trackingCode, secret } = await file(stack, submission({ facility: { id: FACILITY }, language }));
      expect(await follow(trackingCode, secret!)).toMatchObject({
        statusName,
        language: shown,
        message: complainantMessage('RECEIVED', language).nextStep,
      });
    }
  });

  it('gets the same case and secret back when a submission is retried under the same idempotency key, and nothing is filed twice', async () => {
    const key = newKey('retry');
    const input = submission({ facility: { id: FACILITY }, summary: 'Retried submission about unpaid overtime' });
    const first = dataOf(await stack.query(FILE, { input, key })).submitGrievance!;
    const retry = await stack.query(RETRY, { input, key });
    expect(retry.data?.submitGrievance).toMatchObject({
      trackingCode: first.trackingCode,
      secret: first.secret,
      replayed: true,
      grievance: { status: 'RECEIVED' },
    });
    expect(retry.data?.submitGrievance!.notice).toMatch(/same case, with the same tracking code and secret/);

    const reused = await stack.query(FILE, { input: { ...input, summary: 'Something else entirely' }, key });
    expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');

    const filed = await stack
      .em('grievances')
      .count(Grievance, { summary: { $in: [input.summary, 'Something else entirely'] } });
    expect(filed).toBe(1);
    expect((await follow(first.trackingCode!, first.secret!)).status).toBe('RECEIVED');
  });

  it('withdraws with the code and the secret, after which the case is closed for everyone', async () => {
    const { trackingCode, secret, grievance } = await file(
      stack,
      submission({ facility: { id: FACILITY }, language: 'es' }),
    );
    const wrong = await stack.query(WITHDRAW, { code: trackingCode, secret: 'not-the-secret-at-all-xx' });
    expect(wrong.data?.withdrawGrievance).toEqual({
      tracking: null,
      userErrors: [{ code: 'NOT_FOUND', message: 'No grievance matches this tracking code and secret' }],
    });

    const withdrawn = await stack.query(WITHDRAW, {
      code: trackingCode.toLowerCase().replace(/-/g, ' '),
      secret,
      reason: 'The supervisor threatened me.',
    });
    expect(withdrawn.data?.withdrawGrievance).toEqual({
      tracking: { status: 'WITHDRAWN', message: complainantMessage('WITHDRAWN', 'es').nextStep },
      userErrors: [],
    });
    const again = await stack.query(WITHDRAW, { code: trackingCode, secret });
    expect(again.data?.withdrawGrievance!.userErrors[0].code).toBe('CONFLICT');

    const version = dataOf(await stack.query(VERSION, { id: grievance.id }, { token: inspector })).grievance?.version;
    const moved = await stack.query(ACKNOWLEDGE, { id: grievance.id, v: version! }, { token: inspector });
    expect(moved.data?.transitionGrievance!.userErrors).toEqual([
      { code: 'CONFLICT', message: expect.stringMatching(/closed \(WITHDRAWN\)/) },
    ]);
    // The reason stays with the handler: it is not in the worker's public timeline.
    expect((await follow(trackingCode, secret!)).timeline.at(-1)).toMatchObject({ status: 'WITHDRAWN', note: null });
  });
});

describe('wrong secrets', () => {
  it('get the same answer as unknown and malformed codes', async () => {
    const { trackingCode } = await file(stack, submission({ facility: { id: FACILITY } }));
    const answers = await Promise.all(
      [
        [trackingCode, 'wrong-secret-wrong-secret'],
        ['GRV-0000-0000', 'wrong-secret-wrong-secret'],
        ['not a code', 'x'],
      ].map(([code, secret]) => stack.query(FOLLOW, { code, secret })),
    );
    for (const answer of answers) {
      expect(answer.data?.grievanceStatus).toBeNull();
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: 'No grievance matches this tracking code and secret',
          extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
        }),
      ]);
    }
  });

  it('are refused to the caller on a code after five tries, even when the sixth is right, but not on other cases', async () => {
    const target = await file(stack, submission({ facility: { id: FACILITY } }));
    const other = await file(stack, submission({ facility: { id: FACILITY } }));
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await stack.query(FOLLOW, { code: target.trackingCode, secret: `guess-${attempt}-aaaaaaaaaaaaaaa` }))
          .errors?.[0].extensions?.code,
      ).toBe('NOT_FOUND');
    }
    const locked = await stack.query(FOLLOW, { code: target.trackingCode, secret: target.secret! });
    expect(locked.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.toSatisfy((seconds: number) => seconds > 800 && seconds <= 900),
    });
    expect((await follow(other.trackingCode, other.secret!)).status).toBe('RECEIVED');
  });

  it('are refused for a signed-in caller after twenty tries across different codes', async () => {
    const token = await stack.token({ role: 'UNION', organizationId: 'org-grv-guessing-union', subject: 'guesser' });
    // One after another: guesses sent at once would also be turned away by the secret-check queue.
    const guesses = [];
    for (let attempt = 0; attempt < 20; attempt++)
      guesses.push(
        await stack.query(
          FOLLOW,
          { code: `GRV-${String(attempt).padStart(4, '0')}-ZZZZ`, secret: 'guess-guess-guess-guess' },
          { token },
        ),
      );
    expect(guesses.map((guess) => guess.errors?.[0].extensions?.code)).toEqual(Array(20).fill('NOT_FOUND'));
    const refused = await stack.query(FOLLOW, { code: 'GRV-9999-ZZZZ', secret: 'guess-guess-guess-guess' }, { token });
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('secrets over time', () => {
  it('are hashed at the configured cost, and a hash made at another cost keeps opening its case', async () => {
    const cost = config().TRACKING_SECRET_HASH_COST;
    const { trackingCode, secret } = await file(stack, submission({ facility: { id: FACILITY } }));
    await secretsHashed(stack);
    const em = stack.em('grievances');
    const stored = await em.findOneOrFail(Grievance, { trackingCode }, { fields: ['id', 'secretHash'] });
    expect(stored.secretHash?.startsWith(`scrypt$${2 ** cost}$8$1$`)).toBe(true);
    await em.nativeUpdate(
      Grievance,
      { trackingCode },
      { secretHash: await hashSecret(secret!, scryptParameters(cost + 1)) },
    );
    expect((await follow(trackingCode, secret!)).status).toBe('RECEIVED');
  });
});
