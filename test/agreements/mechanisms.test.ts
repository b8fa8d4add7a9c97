import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../../subgraphs/agreements/src/entities/agreement.entity';
import { URGENT_RETALIATION_STEPS } from '../../vocabulary/grievance-rules';
import { graphql } from '../__generated__';
import type { GrievanceMechanismInput } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { agreementIn, framework, FRAMEWORK_UNION, mechanismStep, mutate } from './support';

/** Grievance mechanisms as steps: writing them, amending them and reading them back. */
let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  admin = await stack.token({ role: 'ADMIN' });
});
afterAll(() => stack?.stop());

const MECHANISM = graphql(`
  query AgreementMechanismOf($id: ID!) {
    agreement(id: $id) {
      version
      grievanceMechanism {
        name
        citation
        secretariat {
          id
        }
        steps {
          ...AgreementTestStep
        }
        retaliationSteps {
          ...AgreementTestStep
        }
        acknowledgeWithinDays
        respondWithinDays
        respondWithinMonths
        respondAfter
        reviewSteps {
          name
          withinDays
          after
        }
      }
    }
  }
`);

const mechanismOf = async (id: string) => dataOf(await stack.query(MECHANISM, { id }, { token: admin })).agreement!;

/** The paths of a refused mutation's BAD_USER_INPUT issues, dotted. */
const issuePaths = (errors: { extensions?: Record<string, unknown> }[] | undefined) => {
  expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return (errors![0].extensions!.issues as { path: string[] }[]).map((issue) => issue.path.join('.')).sort();
};

describe('writing a mechanism as steps', () => {
  it('keeps steps in calendar days, working days and months, with the secretariat and citation, and derives the earlier fields', async () => {
    const created = await agreementIn(
      stack,
      admin,
      framework({
        name: 'GFA_COMPLAINTS',
        citation: 'Framework agreement, Art. 8',
        secretariatOrganizationId: FRAMEWORK_UNION,
        steps: [
          mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 5, 'BUSINESS_DAYS', { citation: 'Art. 8.1' }),
          mechanismStep('RESPOND', 'RESPOND', 3, 'CALENDAR_MONTHS', {
            after: 'ACKNOWLEDGED',
            escalatesTo: 'SECRETARIAT',
          }),
          mechanismStep('JOINT_REVIEW', 'REVIEW', 30, 'CALENDAR_DAYS', { escalatesTo: 'NONE' }),
        ],
      }),
    );
    const { grievanceMechanism } = await mechanismOf(created.id);
    expect(grievanceMechanism).toEqual({
      name: 'GFA_COMPLAINTS',
      citation: 'Framework agreement, Art. 8',
      secretariat: { id: FRAMEWORK_UNION },
      steps: [
        {
          name: 'ACKNOWLEDGE',
          kind: 'ACKNOWLEDGE',
          within: { count: 5, unit: 'BUSINESS_DAYS' },
          after: 'FILED',
          escalatesTo: 'REGULATOR',
          citation: 'Art. 8.1',
        },
        {
          name: 'RESPOND',
          kind: 'RESPOND',
          within: { count: 3, unit: 'CALENDAR_MONTHS' },
          after: 'ACKNOWLEDGED',
          escalatesTo: 'SECRETARIAT',
          citation: null,
        },
        {
          name: 'JOINT_REVIEW',
          kind: 'REVIEW',
          within: { count: 30, unit: 'CALENDAR_DAYS' },
          after: 'PREVIOUS_STEP',
          escalatesTo: 'NONE',
          citation: null,
        },
      ],
      retaliationSteps: URGENT_RETALIATION_STEPS,
      acknowledgeWithinDays: 7,
      respondWithinDays: 90,
      respondWithinMonths: 3,
      respondAfter: 'ACKNOWLEDGED',
      reviewSteps: [{ name: 'JOINT_REVIEW', withinDays: 30, after: 'PREVIOUS_STEP' }],
    });
  });

  it('converts a mechanism given in the earlier fields into steps', async () => {
    const created = await agreementIn(
      stack,
      admin,
      framework({
        name: 'EARLIER_FIELDS',
        acknowledgeWithinDays: 14,
        respondWithinDays: 60,
        respondAfter: 'ACKNOWLEDGED',
        reviewSteps: [
          { name: 'REVIEW', withinDays: 30 },
          { name: 'REMEDIATION', withinDays: 45 },
        ],
      }),
    );
    const { grievanceMechanism } = await mechanismOf(created.id);
    expect(grievanceMechanism?.steps.map((s) => [s.name, s.kind, s.within.count, s.within.unit, s.after])).toEqual([
      ['ACKNOWLEDGE', 'ACKNOWLEDGE', 14, 'CALENDAR_DAYS', 'FILED'],
      ['RESPOND', 'RESPOND', 60, 'CALENDAR_DAYS', 'ACKNOWLEDGED'],
      ['REVIEW', 'REVIEW', 30, 'CALENDAR_DAYS', 'FILED'],
      ['REMEDIATION', 'REMEDIATION', 45, 'CALENDAR_DAYS', 'PREVIOUS_STEP'],
    ]);
    expect(grievanceMechanism).toMatchObject({ acknowledgeWithinDays: 14, respondWithinDays: 60, secretariat: null });
  });

  it('refuses the rules given both as steps and in the earlier fields, or in neither way', async () => {
    const both = await mutate(
      stack,
      admin,
      'createAgreement',
      framework({
        name: 'BOTH',
        acknowledgeWithinDays: 7,
        steps: [mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7), mechanismStep('RESPOND', 'RESPOND', 30)],
      }),
    );
    expect(issuePaths(both.response.errors)).toEqual(['input.grievanceMechanism']);
    expect(both.response.errors![0].message).toMatch(/either as steps or as acknowledgeWithinDays, not both/);
    const neither = await mutate(stack, admin, 'createAgreement', framework({ name: 'NEITHER' }));
    expect(issuePaths(neither.response.errors)).toEqual(['input.grievanceMechanism']);
  });

  it('refuses unsound steps, naming each by its path, and writes nothing', async () => {
    const before = await stack.em('agreements').count(Agreement);
    const refused = async (mechanism: Partial<GrievanceMechanismInput>) =>
      issuePaths(
        (await mutate(stack, admin, 'createAgreement', framework({ name: 'UNSOUND', ...mechanism }))).response.errors,
      );
    expect(await refused({ steps: [mechanismStep('RESPOND', 'RESPOND', 30)] })).toEqual([
      'input.grievanceMechanism.steps',
    ]);
    expect(
      await refused({
        steps: [
          mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7),
          mechanismStep('RESPOND', 'RESPOND', 30),
          mechanismStep('RESPOND', 'REVIEW', 10),
        ],
      }),
    ).toEqual(['input.grievanceMechanism.steps.2']);
    expect(
      await refused({
        steps: [
          mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7, 'CALENDAR_DAYS', { after: 'PREVIOUS_STEP' }),
          mechanismStep('RESPOND', 'RESPOND', 30),
        ],
      }),
    ).toEqual(['input.grievanceMechanism.steps.0.after']);
    expect(
      await refused({
        steps: [
          mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7),
          mechanismStep('RESPOND', 'RESPOND', 121, 'CALENDAR_MONTHS'),
        ],
        retaliationSteps: [
          mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 1),
          mechanismStep('RESPOND', 'RESPOND', 2601, 'BUSINESS_DAYS'),
        ],
      }),
    ).toEqual([
      'input.grievanceMechanism.retaliationSteps.1.within.count',
      'input.grievanceMechanism.steps.1.within.count',
    ]);
    expect(
      await refused({
        secretariatOrganizationId: 'org-not-a-party',
        steps: [mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7), mechanismStep('RESPOND', 'RESPOND', 30)],
      }),
    ).toEqual(['input.grievanceMechanism.secretariatOrganizationId']);
    expect(
      await refused({
        steps: [
          mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7, 'CALENDAR_DAYS', { escalatesTo: 'SECRETARIAT' }),
          mechanismStep('RESPOND', 'RESPOND', 30),
        ],
      }),
    ).toEqual(['input.grievanceMechanism.steps.0.escalatesTo']);
    expect(await stack.em('agreements').count(Agreement)).toBe(before);
  });

  it('replaces the whole mechanism on amendment, and refuses a secretariat that is not a party', async () => {
    const created = await agreementIn(
      stack,
      admin,
      framework({ name: 'FIRST', acknowledgeWithinDays: 7, respondWithinDays: 30 }, 'Amended framework'),
    );
    const amended = await mutate(stack, admin, 'amendAgreement', {
      id: created.id,
      grievanceMechanism: {
        name: 'SECOND',
        secretariatOrganizationId: FRAMEWORK_UNION,
        steps: [
          mechanismStep('TAKEN_UP', 'ACKNOWLEDGE', 3, 'BUSINESS_DAYS'),
          mechanismStep('ANSWERED', 'RESPOND', 2, 'CALENDAR_MONTHS'),
        ],
        retaliationSteps: [mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 0), mechanismStep('RESPOND', 'RESPOND', 2)],
      },
    });
    expect(amended.payload.userErrors).toEqual([]);
    const { grievanceMechanism } = await mechanismOf(created.id);
    expect(grievanceMechanism).toMatchObject({ name: 'SECOND', secretariat: { id: FRAMEWORK_UNION } });
    expect(grievanceMechanism?.steps.map((s) => [s.name, s.within])).toEqual([
      ['TAKEN_UP', { count: 3, unit: 'BUSINESS_DAYS' }],
      ['ANSWERED', { count: 2, unit: 'CALENDAR_MONTHS' }],
    ]);
    expect(grievanceMechanism?.retaliationSteps.map((s) => s.within.count)).toEqual([0, 2]);

    const outsider = await mutate(stack, admin, 'amendAgreement', {
      id: created.id,
      grievanceMechanism: {
        name: 'THIRD',
        secretariatOrganizationId: 'org-international-labour-cooperation-office',
        steps: [mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7), mechanismStep('RESPOND', 'RESPOND', 30)],
      },
    });
    expect(outsider.payload.userErrors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        field: ['input', 'grievanceMechanism', 'secretariatOrganizationId'],
        message: expect.stringMatching(/org-international-labour-cooperation-office is not a party/),
      },
    ]);
    expect((await mechanismOf(created.id)).grievanceMechanism?.name).toBe('SECOND');
  });

  it('reads a mechanism stored before steps as steps', async () => {
    const created = await agreementIn(stack, admin, framework(undefined, 'Stored before steps'));
    await stack.em('agreements').nativeUpdate(
      Agreement,
      { id: created.id },
      {
        grievanceMechanism: {
          name: 'STORED_EARLIER',
          acknowledgeWithinDays: 7,
          respondWithinDays: 90,
          respondWithinMonths: 3,
          respondAfter: 'ACKNOWLEDGED',
          reviewSteps: [{ name: 'REMEDIATION', withinDays: 45, after: 'PREVIOUS_STEP' }],
        },
      },
    );
    const { grievanceMechanism } = await mechanismOf(created.id);
    expect(grievanceMechanism).toMatchObject({ name: 'STORED_EARLIER', citation: null, secretariat: null });
    expect(grievanceMechanism?.steps.map((s) => [s.name, s.kind, s.within, s.after])).toEqual([
      ['ACKNOWLEDGE', 'ACKNOWLEDGE', { count: 7, unit: 'CALENDAR_DAYS' }, 'FILED'],
      ['RESPOND', 'RESPOND', { count: 3, unit: 'CALENDAR_MONTHS' }, 'ACKNOWLEDGED'],
      ['REMEDIATION', 'REMEDIATION', { count: 45, unit: 'CALENDAR_DAYS' }, 'PREVIOUS_STEP'],
    ]);
  });
});
