import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { timelineMessage } from '../../subgraphs/grievances/src/domain';
import { TEMPLATE_TEXTS } from '../../subgraphs/grievances/src/domain/question-templates';
import { graphql } from '../__generated__';
import type { QuestionTemplate } from '../__generated__/graphql';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { addFacility, addOrganization, file, newFacilityId, submission } from './fixtures';
import { from, TRACKING_WITHDRAW } from './tracking-support';

/**
 * The dialogue between a case's handler and the worker who filed it without an account: the
 * handler asks (in its own words, or a common question shown in the worker's language), the
 * worker reads and answers with the tracking code and secret, and the handler reads the answer.
 * The employer and brands see that a question was asked and answered, never what was said.
 */
const NOW = new Date('2026-06-01T08:00:00Z');
const OWNER = 'org-dlg-owner';
const BRAND = 'org-dlg-brand';
const UNION = 'org-dlg-union';
const INSPECTORATE = 'org-dlg-dife';
const FACILITY = newFacilityId('BD');
const QUESTION = 'Which floor is the locked exit on, and at what time is it locked?';
const ANSWER = 'Fourth floor, the exit by the cutting section. It is locked from 20:00 until the night shift ends.';

let stack: TestStack;
const tokens = { regulator: '', owner: '', brand: '', union: '' };

const ASK = graphql(`
  mutation DialogueAsk($id: ID!, $question: String, $template: QuestionTemplate, $version: Int!) {
    askComplainant(id: $id, question: $question, template: $template, expectedVersion: $version) {
      grievance {
        id
        version
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const ANSWER_QUESTION = graphql(`
  mutation DialogueAnswer($code: String!, $secret: String!, $question: ID!, $answer: String!) {
    answerComplainantQuestion(trackingCode: $code, secret: $secret, questionId: $question, answer: $answer) {
      tracking {
        status
        questions {
          id
          text
          answeredAt
          answer
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const FOLLOW = graphql(`
  query DialogueFollow($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      language
      questions {
        id
        askedAt
        text
        answeredAt
        answer
      }
      timeline {
        message
        note
      }
    }
  }
`);
graphql(`
  fragment DialogueCaseText on Grievance {
    id
    version
    dialogue {
      id
      at
      direction
      text
      template
      inReplyTo
      askedBy {
        id
      }
    }
    timeline {
      kind
      note
      public
    }
  }
`);
const CASE = graphql(`
  query DialogueCase($id: ID!) {
    grievance(id: $id) {
      ...DialogueCaseText
    }
  }
`);
const EMPLOYER_PATHS = graphql(`
  query DialogueEmployerPaths($facility: ID!, $handledByOwner: ID!) {
    facility(id: $facility) {
      grievances(first: 20) {
        edges {
          node {
            ...DialogueCaseText
          }
        }
      }
    }
    handledByOwner: grievance(id: $handledByOwner) {
      ...DialogueCaseText
    }
  }
`);

type Filed = Awaited<ReturnType<typeof file>> & { secret: string };
const cases = {} as Record<'inspected' | 'ownerHandled', Filed>;

async function fileAnonymously(overrides: Parameters<typeof submission>[0] = {}): Promise<Filed> {
  const filed = await file(stack, submission({ facility: { id: FACILITY }, ...overrides }));
  if (!filed.secret) throw new Error('a worker without an account gets a secret');
  return filed as Filed;
}

/** The case as `token` reads it; fails the test on any error or when the case is not visible. */
async function caseAs(token: string, id: string) {
  const response = await stack.query(CASE, { id }, { token });
  const grievance = dataOf(response).grievance;
  if (!grievance) throw new Error(`case ${id} is not visible`);
  return grievance;
}

async function ask(token: string, id: string, question: { question?: string; template?: QuestionTemplate }) {
  const { version } = await caseAs(tokens.regulator, id);
  return stack.query(ASK, { id, version, ...question }, { token });
}

async function follow({ trackingCode, secret }: Filed) {
  const tracking = dataOf(await stack.query(FOLLOW, { code: trackingCode, secret })).grievanceStatus;
  if (!tracking) throw new Error('the worker cannot open the case');
  return tracking;
}

const answer = (filed: Filed, question: string, text: string, secret = filed.secret) =>
  stack.query(ANSWER_QUESTION, { code: filed.trackingCode, secret, question, answer: text });

const errorsOf = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => `${error.extensions?.code} at ${error.path?.join('.')}`).sort();

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = stack.em('suppliers');
  addOrganization(registry, OWNER, 'SUPPLIER');
  addOrganization(registry, BRAND, 'BRAND', 'DE');
  addOrganization(registry, UNION, 'UNION');
  addFacility(registry, FACILITY, OWNER, [BRAND]);
  await registry.flush();
  tokens.regulator = await stack.token({ role: 'REGULATOR', organizationId: INSPECTORATE, country: 'BD' });
  tokens.owner = await stack.token({ role: 'SUPPLIER', organizationId: OWNER, subject: 'dlg-owner' });
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: BRAND });
  tokens.union = await stack.token({ role: 'UNION', organizationId: UNION });
  // A worker who names no owner (the inspectorate handles it), and one who does (the owner handles it).
  cases.inspected = await fileAnonymously({ language: 'bn-BD', brandIds: [BRAND] });
  cases.ownerHandled = await fileAnonymously({ facilityOwnerId: OWNER });
});
afterAll(() => stack?.stop());

describe('a handler’s question', () => {
  it('reaches the worker in the worker’s language, and the worker’s answer reaches the handler', async () => {
    const { id } = cases.inspected.grievance;
    const asked = dataOf(await ask(tokens.regulator, id, { template: 'DATES' })).askComplainant!;
    expect(asked.userErrors).toEqual([]);

    const seen = await follow(cases.inspected);
    expect(seen.language).toBe('bn');
    expect(seen.questions).toEqual([
      {
        id: expect.any(String),
        askedAt: expect.any(String),
        text: TEMPLATE_TEXTS.DATES.bn,
        answeredAt: null,
        answer: null,
      },
    ]);
    const status = (await caseAs(tokens.regulator, id)).timeline.at(-1);
    expect(status?.kind).toBe('QUESTION_ASKED');
    expect(seen.timeline.map((event) => event.message)).toContain(
      timelineMessage({ kind: 'QUESTION_ASKED', status: 'RECEIVED' }, 'bn').text,
    );

    const [{ id: questionId }] = seen.questions;
    const answered = dataOf(await answer(cases.inspected, questionId, `  ${ANSWER}  `)).answerComplainantQuestion!;
    expect(answered.userErrors).toEqual([]);
    expect(answered.tracking?.questions).toEqual([
      { id: questionId, text: TEMPLATE_TEXTS.DATES.bn, answeredAt: expect.any(String), answer: ANSWER },
    ]);

    const read = await caseAs(tokens.regulator, id);
    expect(read.dialogue).toEqual([
      {
        id: questionId,
        at: expect.any(String),
        direction: 'TO_COMPLAINANT',
        text: TEMPLATE_TEXTS.DATES.bn,
        template: 'DATES',
        inReplyTo: null,
        askedBy: { id: INSPECTORATE },
      },
      {
        id: expect.any(String),
        at: expect.any(String),
        direction: 'FROM_COMPLAINANT',
        text: ANSWER,
        template: null,
        inReplyTo: questionId,
        askedBy: null,
      },
    ]);
    // Both are public events without a note: the worker sees them, nobody reads the words there.
    expect(read.timeline.slice(-2)).toEqual([
      { kind: 'QUESTION_ASKED', note: null, public: true },
      { kind: 'ANSWER_RECEIVED', note: null, public: true },
    ]);
    const reads = await stack
      .em('grievances')
      .count(AuditEntry, { operation: 'read:Grievance.dialogue', target: `Grievance:${id}` });
    expect(reads).toBeGreaterThan(0);
  });

  it('written by the handler is shown to the worker as written', async () => {
    const { id } = cases.inspected.grievance;
    expect(dataOf(await ask(tokens.regulator, id, { question: `  ${QUESTION}\n` })).askComplainant!.userErrors).toEqual(
      [],
    );
    const { questions } = await follow(cases.inspected);
    expect(questions.at(-1)).toMatchObject({ text: QUESTION, answer: null });
    expect((await caseAs(tokens.regulator, id)).dialogue?.at(-1)).toMatchObject({ text: QUESTION, template: null });
  });
});

describe('the facility’s owner and brands', () => {
  it('see that questions were asked and answered, never the questions or the answers', async () => {
    const asked = await ask(tokens.regulator, cases.ownerHandled.grievance.id, { question: QUESTION });
    expect(dataOf(asked).askComplainant!.userErrors).toEqual([]);
    const response = await stack.query(
      EMPLOYER_PATHS,
      { facility: FACILITY, handledByOwner: cases.ownerHandled.grievance.id },
      { token: tokens.owner },
    );
    const nodes = response.data?.facility?.grievances?.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => node.id).sort()).toEqual(
      [cases.inspected.grievance.id, cases.ownerHandled.grievance.id].sort(),
    );
    for (const node of [...nodes, response.data!.handledByOwner!]) {
      expect(node.dialogue).toBeNull();
      expect(node.timeline.map((event) => event.kind)).toContain('QUESTION_ASKED');
      expect(JSON.stringify(node.timeline)).not.toMatch(/locked|Fourth floor/);
      expect(JSON.stringify(node.timeline)).not.toContain(TEMPLATE_TEXTS.DATES.bn);
    }
    expect(errorsOf(response)).toEqual(
      [
        'FORBIDDEN at facility.grievances.edges.0.node.dialogue',
        'FORBIDDEN at facility.grievances.edges.1.node.dialogue',
        'FORBIDDEN at handledByOwner.dialogue',
      ].sort(),
    );
    const brand = await stack.query(CASE, { id: cases.inspected.grievance.id }, { token: tokens.brand });
    expect(brand.data?.grievance ?? null).toBeNull();
  });

  it('a facility owner handling the case may not ask: the worker’s anonymity is at risk', async () => {
    const { id } = cases.ownerHandled.grievance;
    const before = await caseAs(tokens.regulator, id);
    const refused = await ask(tokens.owner, id, { template: 'STILL_EMPLOYED' });
    expect(refused.data?.askComplainant ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0].message).toMatch(/anonymity/);
    const brand = await ask(tokens.brand, id, { template: 'STILL_EMPLOYED' });
    expect(dataOf(brand).askComplainant).toEqual({
      grievance: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })],
    });
    expect(await caseAs(tokens.regulator, id)).toEqual(before);
  });
});

describe('answers', () => {
  it('need the right secret, and a question is answered once', async () => {
    const { id } = cases.ownerHandled.grievance;
    const [question] = (await follow(cases.ownerHandled)).questions;
    const wrong = dataOf(
      await stack.query(
        ANSWER_QUESTION,
        {
          code: cases.ownerHandled.trackingCode,
          secret: 'not-the-secret-not-the-secret',
          question: question.id,
          answer: 'An answer from someone else',
        },
        from('203.0.113.91'),
      ),
    ).answerComplainantQuestion!;
    expect(wrong).toEqual({ tracking: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })] });
    expect((await follow(cases.ownerHandled)).questions[0].answer).toBeNull();

    expect(
      dataOf(await answer(cases.ownerHandled, question.id, 'Yes, since 2021.')).answerComplainantQuestion!.userErrors,
    ).toEqual([]);
    const before = await caseAs(tokens.regulator, id);
    const again = dataOf(
      await answer(cases.ownerHandled, question.id, 'No, I changed my mind.'),
    ).answerComplainantQuestion!;
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['questionId'] })]);
    expect(again.tracking?.questions[0].answer).toBe('Yes, since 2021.');
    // Another case's question is not this case's to answer.
    const [foreign] = (await follow(cases.inspected)).questions;
    const elsewhere = dataOf(await answer(cases.ownerHandled, foreign.id, 'Hello')).answerComplainantQuestion!;
    expect(elsewhere.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['questionId'] })]);
    expect(await caseAs(tokens.regulator, id)).toEqual(before);
  });

  it('are refused blank or over 5,000 characters, and nothing is written', async () => {
    const [, open] = (await follow(cases.inspected)).questions;
    const before = await caseAs(tokens.regulator, cases.inspected.grievance.id);
    for (const text of ['   ', 'x'.repeat(5001)]) {
      const response = await answer(cases.inspected, open.id, text);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: ['answer'] }] });
    }
    expect(await caseAs(tokens.regulator, cases.inspected.grievance.id)).toEqual(before);
  });
});

describe('asking', () => {
  it('is refused for bad input — blank, over 2,000 characters, both or neither of question and template — and nothing is written', async () => {
    const { id } = cases.inspected.grievance;
    const before = await caseAs(tokens.regulator, id);
    const inputs: { question?: string; template?: QuestionTemplate }[] = [
      { question: '  ' },
      { question: 'x'.repeat(2001) },
      { question: QUESTION, template: 'WITNESSES' },
      {},
    ];
    for (const input of inputs) {
      const response = await stack.query(ASK, { id, version: before.version, ...input }, { token: tokens.regulator });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ path: ['question'] }],
      });
    }
    const stale = await stack.query(
      ASK,
      { id, version: before.version - 1, template: 'WITNESSES' },
      { token: tokens.regulator },
    );
    expect(dataOf(stale).askComplainant!.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(await caseAs(tokens.regulator, id)).toEqual(before);
  });

  it('is for cases a worker filed without an account and that are still open', async () => {
    const byUnion = await file(stack, submission({ facility: { id: FACILITY } }), tokens.union);
    const organisation = dataOf(
      await ask(tokens.regulator, byUnion.grievance.id, { template: 'DATES' }),
    ).askComplainant!;
    expect(organisation.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['id'] })]);

    const withdrawn = await fileAnonymously();
    const out = await stack.query(TRACKING_WITHDRAW, { code: withdrawn.trackingCode, secret: withdrawn.secret });
    expect(dataOf(out).withdrawGrievance!.tracking?.status).toBe('WITHDRAWN');
    const closed = dataOf(await ask(tokens.regulator, withdrawn.grievance.id, { template: 'DATES' })).askComplainant!;
    expect(closed.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['id'] })]);
    expect((await caseAs(tokens.regulator, withdrawn.grievance.id)).dialogue).toEqual([]);
  });

  it('stops at 20 questions waiting for an answer', async () => {
    const crowded = await fileAnonymously();
    const { id } = crowded.grievance;
    for (let n = 0; n < 20; n++)
      expect(
        dataOf(await ask(tokens.regulator, id, { question: `Question ${n + 1}?` })).askComplainant!.userErrors,
      ).toEqual([]);
    const refused = dataOf(await ask(tokens.regulator, id, { template: 'SAFE_CONTACT' })).askComplainant!;
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['id'] })]);
    const [first] = (await follow(crowded)).questions;
    expect(dataOf(await answer(crowded, first.id, 'Yes')).answerComplainantQuestion!.userErrors).toEqual([]);
    expect(dataOf(await ask(tokens.regulator, id, { template: 'SAFE_CONTACT' })).askComplainant!.userErrors).toEqual(
      [],
    );
    expect((await follow(crowded)).questions).toHaveLength(21);
  });
});
