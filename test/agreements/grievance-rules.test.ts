import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URGENT_RETALIATION_STEPS } from '../../vocabulary/grievance-rules';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { agreementIn, framework, FRAMEWORK_UNION, IN_FORCE, mechanismStep } from './support';

/** The rules a grievance filing runs on: an agreement's mechanism, or a country's statutory default. */
let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  admin = await stack.token({ role: 'ADMIN' });
});
afterAll(() => stack?.stop());

const RULES_OF = graphql(`
  query AgreementGrievanceRulesOf($id: ID!) {
    grievanceRulesOf(agreementId: $id) {
      agreement {
        id
        status
      }
      applies
      reason
      rules {
        mechanism
        source
        agreement {
          id
        }
        country {
          code
        }
        citation
        secretariat {
          id
        }
        steps {
          ...AgreementTestStep
        }
        retaliationSteps {
          name
        }
      }
    }
  }
`);

const STATUTORY = graphql(`
  query AgreementStatutoryGrievanceRules($countries: [String!]) {
    statutoryGrievanceRules(countries: $countries) {
      mechanism
      source
      agreement {
        id
      }
      country {
        code
      }
      citation
      secretariat {
        id
      }
      steps {
        name
        kind
        within {
          count
          unit
        }
        after
      }
    }
  }
`);

describe('grievanceRulesOf', () => {
  const rulesOf = async (id: string, token?: string) =>
    dataOf(await stack.query(RULES_OF, { id }, { token })).grievanceRulesOf;

  it("answers an agreement in force with a mechanism with the agreement's rules", async () => {
    const mechanism = {
      name: 'IN_FORCE_COMPLAINTS',
      citation: 'Art. 8',
      secretariatOrganizationId: FRAMEWORK_UNION,
      steps: [
        mechanismStep('ACKNOWLEDGE', 'ACKNOWLEDGE', 7),
        mechanismStep('RESPOND', 'RESPOND', 60, 'CALENDAR_DAYS', { after: 'ACKNOWLEDGED' }),
      ],
    };
    const agreement = await agreementIn(stack, admin, framework(mechanism, 'Framework in force'), IN_FORCE);
    expect(await rulesOf(agreement.id)).toEqual({
      agreement: { id: agreement.id, status: 'IN_FORCE' },
      applies: true,
      reason: null,
      rules: {
        mechanism: 'IN_FORCE_COMPLAINTS',
        source: 'AGREEMENT',
        agreement: { id: agreement.id },
        country: null,
        citation: 'Art. 8',
        secretariat: { id: FRAMEWORK_UNION },
        steps: [
          {
            name: 'ACKNOWLEDGE',
            kind: 'ACKNOWLEDGE',
            within: { count: 7, unit: 'CALENDAR_DAYS' },
            after: 'FILED',
            escalatesTo: 'REGULATOR',
            citation: null,
          },
          {
            name: 'RESPOND',
            kind: 'RESPOND',
            within: { count: 60, unit: 'CALENDAR_DAYS' },
            after: 'ACKNOWLEDGED',
            escalatesTo: 'REGULATOR',
            citation: null,
          },
        ],
        retaliationSteps: URGENT_RETALIATION_STEPS.map(({ name }) => ({ name })),
      },
    });
  });

  it('says why the mechanism does not apply to a suspended agreement and to one without a mechanism', async () => {
    const suspended = await agreementIn(
      stack,
      admin,
      framework(
        { name: 'SUSPENDED_COMPLAINTS', acknowledgeWithinDays: 7, respondWithinDays: 30 },
        'Suspended framework',
      ),
      [...IN_FORCE, ['SUSPENDED', '2025-03-01']],
    );
    expect(await rulesOf(suspended.id)).toEqual({
      agreement: { id: suspended.id, status: 'SUSPENDED' },
      applies: false,
      reason: 'the agreement is SUSPENDED since 2025-03-01',
      rules: null,
    });
    const without = await agreementIn(stack, admin, framework(undefined, 'Framework without mechanism'), IN_FORCE);
    expect(await rulesOf(without.id)).toMatchObject({
      applies: false,
      reason: 'the agreement has no grievance mechanism',
      rules: null,
    });
  });

  it('answers null for an unknown agreement, and for a draft the caller may not see', async () => {
    expect(await rulesOf('agr-no-such-agreement')).toBeNull();
    const draft = await agreementIn(
      stack,
      admin,
      framework({ name: 'DRAFT_COMPLAINTS', acknowledgeWithinDays: 7, respondWithinDays: 30 }, 'Draft framework'),
    );
    expect(await rulesOf(draft.id)).toBeNull();
    expect(await rulesOf(draft.id, admin)).toMatchObject({
      applies: false,
      reason: 'the agreement is DRAFT, not yet in force',
    });
  });
});

describe('statutoryGrievanceRules', () => {
  const statutory = async (countries?: string[]) => stack.query(STATUTORY, { countries });

  it("gives each country's statutory default with its source, in working days where the law counts them", async () => {
    const rules = dataOf(await statutory(['bd', 'CN', 'GB', 'BD'])).statutoryGrievanceRules!;
    expect(rules.map((rule) => [rule.country?.code, rule.mechanism, rule.source])).toEqual([
      ['BD', 'BD_LABOUR_ACT_S33', 'STATUTORY'],
      ['CN', 'CN_LABOUR_SECURITY_SUPERVISION', 'STATUTORY'],
      ['GB', 'GRAPH_DEFAULT', 'GRAPH_DEFAULT'],
    ]);
    const [bd, cn, gb] = rules;
    expect(bd).toMatchObject({
      agreement: null,
      secretariat: null,
      citation: expect.stringContaining('Labour Act 2006'),
    });
    expect(bd.steps.map((s) => [s.kind, s.within])).toEqual([
      ['ACKNOWLEDGE', { count: 7, unit: 'CALENDAR_DAYS' }],
      ['RESPOND', { count: 30, unit: 'CALENDAR_DAYS' }],
    ]);
    expect(cn.steps.map((s) => [s.kind, s.within, s.after])).toEqual([
      ['ACKNOWLEDGE', { count: 5, unit: 'BUSINESS_DAYS' }, 'FILED'],
      ['RESPOND', { count: 60, unit: 'BUSINESS_DAYS' }, 'ACKNOWLEDGED'],
    ]);
    expect(gb.citation).toMatch(/No statutory rule recorded/);
    expect(gb.steps.map((s) => s.within)).toEqual([
      { count: 7, unit: 'CALENDAR_DAYS' },
      { count: 3, unit: 'CALENDAR_MONTHS' },
    ]);
  });

  it('lists every country whose law the graph records when no country is named', async () => {
    const rules = dataOf(await statutory()).statutoryGrievanceRules!;
    expect(rules.length).toBeGreaterThanOrEqual(10);
    expect(rules.every((rule) => rule.source === 'STATUTORY')).toBe(true);
    expect(rules.map((rule) => rule.country?.code)).toContain('DE');
  });

  it('refuses an unknown country code', async () => {
    const response = await statutory(['BD', 'XX']);
    expect(response.errors?.[0]).toMatchObject({
      message: '"XX" is not an ISO 3166-1 alpha-2 country code',
      extensions: { code: 'BAD_USER_INPUT', argument: 'countries[1]' },
    });
  });
});
