import { describe, expect, it, vi } from 'vitest';
import type { FindingInput, SubmitInspectionInput } from '../__generated__/resolvers-types';
import type { Conductor } from './conductor';
import { parseCorrectiveActionInput } from './follow-up-input';
import { parseInspectionSubmission, SUBMISSION_LIMITS, type FacilityIdValidator } from './submission';
import type { ValidationIssue } from './validation';

const NOW = new Date('2025-06-01T12:00:00Z');
const AUDIT_FIRM: Conductor = { role: 'AUDITOR', organizationId: 'org-audit-1', country: null };
const INSPECTORATE_BD: Conductor = { role: 'REGULATOR', organizationId: 'org-dife-bd', country: 'BD' };

const validFinding = (): FindingInput => ({
  area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
  conventions: ['C155', 'C187'],
  compliancePoint: 'Emergency exits unlocked during working hours',
  severity: 'MAJOR',
  description: 'The exit on floor 3 was padlocked.',
});

const validInput = (overrides: Partial<SubmitInspectionInput> = {}): SubmitInspectionInput => ({
  facilityId: 'BD2019143ABCDE7',
  kind: 'SOCIAL_AUDIT',
  startedOn: '2025-05-20',
  endedOn: '2025-05-21',
  announced: false,
  workersInterviewed: 24,
  findings: [validFinding()],
  ...overrides,
});

type Options = { validateFacilityId?: FacilityIdValidator };
const parse = (input: SubmitInspectionInput, now = NOW, options: Options = {}, conductor = AUDIT_FIRM) =>
  parseInspectionSubmission(input, conductor, now, options);

function issuesOf(
  input: SubmitInspectionInput,
  now = NOW,
  options: Options = {},
  conductor = AUDIT_FIRM,
): ValidationIssue[] {
  const result = parse(input, now, options, conductor);
  if (result.ok) throw new Error('expected the submission to be rejected');
  return result.issues;
}

/** `path: message`, as the API's error message lists each problem. */
const described = (issues: ValidationIssue[]) => issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('parseInspectionSubmission', () => {
  it('accepts a complete submission and normalises it', () => {
    const result = parse(
      validInput({
        summary: '  ',
        agreementId: null,
        findings: [{ ...validFinding(), conventions: ['C155', 'C155'], evidence: null }],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        conductedBy: 'org-audit-1',
        startedOn: new Date('2025-05-20T00:00:00Z'),
        endedOn: new Date('2025-05-21T00:00:00Z'),
        disclosure: 'PRIVATE',
        summary: null,
        agreementId: null,
        findings: [
          expect.objectContaining({
            area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
            severity: 'MAJOR',
            conventions: ['C155'],
            evidence: null,
            workersAffected: null,
          }),
        ],
      }),
    });
  });

  it('accepts an inspection without findings', () => {
    expect(parse(validInput({ findings: [] })).ok).toBe(true);
  });

  it('gives the path of each problem', () => {
    const findings = [validFinding(), validFinding(), validFinding(), { ...validFinding(), description: ' ' }];
    expect(issuesOf(validInput({ findings }))).toEqual([
      { path: ['findings', '3', 'description'], message: 'must not be empty' },
    ]);
  });

  it('reports every problem at once, including rules across fields', () => {
    const input = validInput({
      kind: 'JOINT_INSPECTION',
      endedOn: '2025-05-19',
      workersInterviewed: -1,
      findings: [{ ...validFinding(), description: '   ' }],
    });
    expect(described(issuesOf(input, NOW, {}, INSPECTORATE_BD))).toEqual([
      'workersInterviewed: must be at least 0',
      'findings.0.description: must not be empty',
      'agreementId: is required for a JOINT_INSPECTION (the agreement it was conducted under)',
      'jointInspectorIds: must name at least one partner inspectorate for a JOINT_INSPECTION',
      'endedOn: must be on or after startedOn (2025-05-20)',
    ]);
  });

  it('requires the agreement and a partner only for joint inspections', () => {
    const joint = validInput({ kind: 'JOINT_INSPECTION', agreementId: 'agr-1', jointInspectorIds: ['org-partner'] });
    expect(parse(joint, NOW, {}, INSPECTORATE_BD).ok).toBe(true);
    expect(parse(validInput({ kind: 'LABOUR_INSPECTORATE' }), NOW, {}, INSPECTORATE_BD).ok).toBe(true);
    expect(described(issuesOf(validInput({ kind: 'SOCIAL_AUDIT', jointInspectorIds: ['org-partner'] })))).toEqual([
      'jointInspectorIds: is only for a JOINT_INSPECTION',
    ]);
    const withItself = validInput({
      kind: 'JOINT_INSPECTION',
      agreementId: 'agr-1',
      jointInspectorIds: ['org-dife-bd'],
    });
    expect(described(issuesOf(withItself, NOW, {}, INSPECTORATE_BD))).toEqual([
      'jointInspectorIds: must not include the conducting organisation itself',
    ]);
  });

  it('keeps the copied facility facts and de-duplicates the buyers shared with', () => {
    const result = parse(
      validInput({
        facilitySector: ' Apparel ',
        sharedWithBuyerIds: ['org-brand', 'org-brand'],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        facilitySector: 'Apparel',
        sharedWithBuyerIds: ['org-brand'],
        jointInspectorIds: [],
      }),
    });
  });

  it('lets audit firms file audits and inspectorates inspect, at home or jointly abroad', () => {
    expect(described(issuesOf(validInput({ kind: 'LABOUR_INSPECTORATE' })))).toEqual([
      'kind: a AUDITOR files SOCIAL_AUDIT, FOLLOW_UP inspections, not LABOUR_INSPECTORATE',
    ]);
    const abroad = { role: 'REGULATOR', organizationId: 'org-inspectorate-nl', country: 'NL' } as const;
    expect(described(issuesOf(validInput({ kind: 'LABOUR_INSPECTORATE' }), NOW, {}, abroad))).toEqual([
      "facilityId: is in BD, outside your jurisdiction (NL); abroad, an inspectorate is a partner named on the host country's JOINT_INSPECTION",
    ]);
    const joint = validInput({ kind: 'JOINT_INSPECTION', agreementId: 'agr-1', jointInspectorIds: ['org-dife-bd'] });
    expect(parse(joint, NOW, {}, abroad).ok).toBe(true);
  });

  it('checks the facility id shape, then defers to the check-character validator', () => {
    expect(described(issuesOf(validInput({ facilityId: 'BD2019143' })))).toEqual([
      'facilityId: must be 15 characters (got 9)',
    ]);
    const validateFacilityId = vi.fn(() => false);
    const badShape = issuesOf(validInput({ facilityId: 'bd2019143abcde7' }), NOW, { validateFacilityId });
    expect(badShape[0].message).toMatch(/^must be an Open Supply Hub id/);
    expect(validateFacilityId).not.toHaveBeenCalled();
    expect(issuesOf(validInput(), NOW, { validateFacilityId })[0].message).toBe(
      'is not a valid Open Supply Hub facility id',
    );
    const explained = issuesOf(validInput(), NOW, { validateFacilityId: () => 'check character should be 3' });
    expect(explained).toEqual([{ path: ['facilityId'], message: 'check character should be 3' }]);
    expect(parse(validInput(), NOW, { validateFacilityId: () => true }).ok).toBe(true);
  });

  it('refuses dates in the future, allowing a day that is already today east of UTC', () => {
    // At 12:00 UTC on 1 June it is already 2 June at UTC+14.
    expect(parse(validInput({ endedOn: '2025-06-02' })).ok).toBe(true);
    expect(described(issuesOf(validInput({ endedOn: '2025-06-03' })))).toEqual([
      'endedOn: must not be in the future (got 2025-06-03)',
    ]);
  });

  it('refuses malformed and impossible dates', () => {
    expect(described(issuesOf(validInput({ startedOn: '2025-02-30' })))).toEqual([
      'startedOn: must be a calendar date in YYYY-MM-DD form (got "2025-02-30")',
    ]);
    expect(issuesOf(validInput({ startedOn: 'yesterday' }))[0].path).toEqual(['startedOn']);
  });

  it('checks counts, texts and convention codes', () => {
    expect(described(issuesOf(validInput({ workersInterviewed: -1 })))).toEqual([
      'workersInterviewed: must be at least 0',
    ]);
    expect(described(issuesOf(validInput({ summary: 'x'.repeat(10_001) })))).toEqual([
      'summary: must be at most 10000 characters',
    ]);
    const finding = {
      ...validFinding(),
      conventions: ['C155', 'C29'],
      evidence: 'e'.repeat(20_001),
      workersAffected: -3,
    };
    expect(issuesOf(validInput({ findings: [finding] })).map((i) => i.path.join('.'))).toEqual([
      'findings.0.conventions.1',
      'findings.0.evidence',
      'findings.0.workersAffected',
    ]);
  });

  it('accepts the maximum number of findings', () => {
    const findings = Array.from({ length: SUBMISSION_LIMITS.maxFindings }, validFinding);
    expect(parse(validInput({ findings })).ok).toBe(true);
  });

  it('rejects 10,000 findings with one message, without looking at any of them', () => {
    let inspected = 0;
    const spy = {
      ...validFinding(),
      get description() {
        inspected += 1;
        return 'The exit was padlocked.';
      },
    };
    const findings = Array.from({ length: 10_000 }, () => spy);
    expect(issuesOf(validInput({ findings }))).toEqual([
      { path: ['findings'], message: 'has 10000 findings; one submission accepts at most 500' },
    ]);
    expect(inspected).toBe(0);
  });
});

describe('parseCorrectiveActionInput', () => {
  const action = (dueOn: string) => ({
    action: 'Remove padlocks',
    rootCause: 'Theft worries',
    owner: 'Factory manager',
    dueOn,
  });

  it('accepts a corrective action due today', () => {
    expect(parseCorrectiveActionInput(action('2025-06-01'), NOW)).toEqual({
      ok: true,
      value: { ...action('2025-06-01'), dueOn: new Date('2025-06-01T00:00:00Z') },
    });
  });

  it('refuses a due date already past everywhere on earth', () => {
    expect(parseCorrectiveActionInput(action('2025-05-31'), NOW)).toEqual({
      ok: false,
      issues: [{ path: ['dueOn'], message: 'must be today or later (got 2025-05-31)' }],
    });
  });

  it('accepts a day that is still today west of UTC', () => {
    // At 05:00 UTC on 1 June it is still 31 May at UTC−12.
    expect(parseCorrectiveActionInput(action('2025-05-31'), new Date('2025-06-01T05:00:00Z')).ok).toBe(true);
  });

  it('requires every text, and whitespace does not count', () => {
    const result = parseCorrectiveActionInput({ ...action('2025-06-10'), owner: '  ', rootCause: undefined }, NOW);
    expect(result.ok ? [] : described(result.issues)).toEqual(['rootCause: is required', 'owner: must not be empty']);
  });
});
