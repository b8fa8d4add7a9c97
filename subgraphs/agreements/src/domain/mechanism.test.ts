import { describe, expect, it } from 'vitest';
import {
  agreementRules,
  grievanceRulesSchema,
  URGENT_RETALIATION_STEPS,
  type AgreementMechanism,
} from '../../../../vocabulary/grievance-rules';
import { mechanismApplication, mechanismOf, type StoredMechanism } from './mechanism';
import { parseGrievanceMechanism, secretariatProblem } from './mechanism-terms';
import { Issues } from './validation';

const STORED_BEFORE_STEPS: StoredMechanism = {
  name: 'SAFETY_COMPLAINTS',
  acknowledgeWithinDays: 7,
  respondWithinDays: 90,
  respondWithinMonths: null,
  respondAfter: 'FILED',
  reviewSteps: [{ name: 'REMEDIATION', withinDays: 45, after: 'PREVIOUS_STEP' }],
};

const parsed = (input: Parameters<typeof parseGrievanceMechanism>[2]) => {
  const issues = new Issues([]);
  const mechanism = parseGrievanceMechanism(issues, 'grievanceMechanism', input);
  return { mechanism, issues: issues.list.map((issue) => [issue.path.join('.'), issue.message]) };
};

describe('a mechanism read from its row', () => {
  it('converts the shape written before steps, with no secretariat and the default urgent track', () => {
    expect(mechanismOf(STORED_BEFORE_STEPS)).toEqual({
      name: 'SAFETY_COMPLAINTS',
      citation: null,
      secretariatOrganizationId: null,
      steps: [
        expect.objectContaining({ kind: 'ACKNOWLEDGE', within: { count: 7, unit: 'CALENDAR_DAYS' } }),
        expect.objectContaining({ kind: 'RESPOND', within: { count: 90, unit: 'CALENDAR_DAYS' }, after: 'FILED' }),
        expect.objectContaining({ name: 'REMEDIATION', kind: 'REMEDIATION', after: 'PREVIOUS_STEP' }),
      ],
      retaliationSteps: null,
    });
    expect(mechanismOf(null)).toBeNull();
  });

  it('applies only to an agreement in force, and says why not otherwise', () => {
    const agreement = { id: 'agr-1', status: 'IN_FORCE' as const, statusSince: '2024-01-01' };
    const applied = mechanismApplication({ ...agreement, grievanceMechanism: STORED_BEFORE_STEPS });
    expect(applied).toMatchObject({ applies: true, reason: null });
    expect(applied.rules).toMatchObject({ source: 'AGREEMENT', agreementId: 'agr-1', country: null });
    expect(applied.rules?.retaliationSteps).toEqual(URGENT_RETALIATION_STEPS);
    expect(
      mechanismApplication({ ...agreement, status: 'EXPIRED', grievanceMechanism: STORED_BEFORE_STEPS }).reason,
    ).toBe('the agreement is EXPIRED since 2024-01-01');
    expect(mechanismApplication({ ...agreement, status: 'SIGNED', grievanceMechanism: STORED_BEFORE_STEPS })).toEqual({
      applies: false,
      reason: 'the agreement is SIGNED, not yet in force',
      rules: null,
    });
    expect(mechanismApplication({ ...agreement, grievanceMechanism: null }).reason).toBe(
      'the agreement has no grievance mechanism',
    );
  });
});

describe('a mechanism parsed from input', () => {
  it('counts the first step from the filing and each later one from the step before, escalating to the regulator', () => {
    const { mechanism, issues } = parsed({
      name: 'COMPLAINTS',
      steps: [
        { name: 'ACKNOWLEDGE', kind: 'ACKNOWLEDGE', within: { count: 5, unit: 'BUSINESS_DAYS' } },
        { name: 'RESPOND', kind: 'RESPOND', within: { count: 2, unit: 'CALENDAR_MONTHS' } },
      ],
    });
    expect(issues).toEqual([]);
    expect(mechanism.steps.map((step) => [step.after, step.escalatesTo, step.citation])).toEqual([
      ['FILED', 'REGULATOR', null],
      ['PREVIOUS_STEP', 'REGULATOR', null],
    ]);
  });

  it('gives rules the gateway can forward in a signed principal', () => {
    const { mechanism } = parsed({
      name: 'COMPLAINTS',
      citation: 'Art. 8',
      secretariatOrganizationId: 'org-union',
      acknowledgeWithinDays: 0,
      respondWithinMonths: 3,
      reviewSteps: [{ name: 'JOINT_REVIEW', withinDays: 30 }],
    });
    expect(() => grievanceRulesSchema.parse(agreementRules('agr-1', mechanism as AgreementMechanism))).not.toThrow();
  });

  it('refuses a review step named like the response, and an acknowledgement counted from itself', () => {
    expect(
      parsed({
        name: 'CLASH',
        acknowledgeWithinDays: 7,
        respondWithinDays: 30,
        reviewSteps: [{ name: 'RESPOND', withinDays: 10 }],
      }).issues,
    ).toEqual([['grievanceMechanism.reviewSteps', 'step names must be unique']]);
    expect(
      parsed({
        name: 'SELF',
        steps: [
          {
            name: 'ACKNOWLEDGE',
            kind: 'ACKNOWLEDGE',
            within: { count: 7, unit: 'CALENDAR_DAYS' },
            after: 'ACKNOWLEDGED',
          },
          { name: 'RESPOND', kind: 'RESPOND', within: { count: 30, unit: 'CALENDAR_DAYS' } },
        ],
      }).issues,
    ).toEqual([['grievanceMechanism.steps.0.after', 'the acknowledgement cannot count from itself']]);
  });

  it('names the secretariat only among the organisation parties', () => {
    const { mechanism } = parsed({
      name: 'X',
      secretariatOrganizationId: 'org-b',
      acknowledgeWithinDays: 7,
      respondWithinDays: 30,
    });
    expect(secretariatProblem(mechanism, [{ organizationId: 'org-a' }, { organizationId: null }])).toBe(
      'organization org-b is not a party to the agreement',
    );
    expect(secretariatProblem(mechanism, [{ organizationId: 'org-b' }])).toBeNull();
  });
});
