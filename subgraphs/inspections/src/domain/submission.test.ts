import { describe, expect, it, vi } from 'vitest';
import { parseCorrectiveActionInput } from './follow-up-input';
import { parseInspectionSubmission, SUBMISSION_LIMITS } from './submission';
import type { ValidationIssue } from './validation';

const NOW = new Date('2025-06-01T12:00:00Z');

const validFinding = () => ({
  area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
  conventions: ['C155', 'C187'],
  compliancePoint: 'Emergency exits unlocked during working hours',
  severity: 'MAJOR',
  description: 'The exit on floor 3 was padlocked.',
});

const validInput = (overrides: Record<string, unknown> = {}) => ({
  facilityId: 'BD2019143ABCDE7',
  kind: 'SOCIAL_AUDIT',
  conductedBy: 'org-audit-1',
  startedOn: '2025-05-20',
  endedOn: '2025-05-21',
  announced: false,
  workersInterviewed: 24,
  findings: [validFinding()],
  ...overrides,
});

function issuesOf(input: unknown, now = NOW, options = {}): ValidationIssue[] {
  const result = parseInspectionSubmission(input, now, options);
  if (result.ok) throw new Error('expected the submission to be rejected');
  return result.issues;
}

describe('parseInspectionSubmission', () => {
  it('accepts a complete submission and normalises it', () => {
    const result = parseInspectionSubmission(
      validInput({ summary: '  ', agreementId: null, findings: [{ ...validFinding(), conventions: ['C155', 'C155'], evidence: null }] }),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        startedOn: new Date('2025-05-20T00:00:00Z'),
        endedOn: new Date('2025-05-21T00:00:00Z'),
        disclosure: 'PRIVATE',
        summary: null,
        agreementId: null,
        findings: [expect.objectContaining({ conventions: ['C155'], evidence: null, workersAffected: null })],
      }),
    });
  });

  it('accepts an inspection without findings', () => {
    expect(parseInspectionSubmission(validInput({ findings: [] }), NOW).ok).toBe(true);
  });

  it('names the path of each problem in the message', () => {
    const findings = [validFinding(), validFinding(), validFinding(), { ...validFinding(), severity: 'CRITICAL' }];
    expect(issuesOf(validInput({ findings }))).toEqual([
      {
        path: 'findings[3].severity',
        message: 'findings[3].severity: must be one of ZERO_TOLERANCE, MAJOR, MINOR, OBSERVATION (got "CRITICAL")',
      },
    ]);
  });

  it('reports every problem at once, including rules across fields', () => {
    const input = validInput({ kind: 'JOINT_INSPECTION', endedOn: '2025-05-19', workersInterviewed: -1, findings: [{ ...validFinding(), description: '   ' }] });
    expect(issuesOf(input).map((i) => i.message)).toEqual([
      'workersInterviewed: must be at least 0',
      'findings[0].description: must not be empty',
      'agreementId: is required for a JOINT_INSPECTION (the agreement it was conducted under)',
      'jointInspectorIds: must name at least one partner inspectorate for a JOINT_INSPECTION',
      'endedOn: must be on or after startedOn (2025-05-20)',
    ]);
  });

  it('requires the agreement and a partner only for joint inspections', () => {
    expect(parseInspectionSubmission(validInput({ kind: 'JOINT_INSPECTION', agreementId: 'agr-1', jointInspectorIds: ['org-partner'] }), NOW).ok).toBe(true);
    expect(parseInspectionSubmission(validInput({ kind: 'LABOUR_INSPECTORATE' }), NOW).ok).toBe(true);
    expect(issuesOf(validInput({ kind: 'SOCIAL_AUDIT', jointInspectorIds: ['org-partner'] }))[0].message).toBe(
      'jointInspectorIds: is only for a JOINT_INSPECTION',
    );
    expect(issuesOf(validInput({ kind: 'JOINT_INSPECTION', agreementId: 'agr-1', jointInspectorIds: ['org-audit-1'] }))[0].message).toBe(
      'jointInspectorIds: must not include the conducting organisation itself',
    );
  });

  it('keeps the copied facility facts and de-duplicates the buyers shared with', () => {
    const result = parseInspectionSubmission(
      validInput({ facilitySector: ' Apparel ', facilityOwnerId: 'org-supplier', sharedWithBuyerIds: ['org-brand', 'org-brand'] }),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ facilitySector: 'Apparel', facilityOwnerId: 'org-supplier', sharedWithBuyerIds: ['org-brand'], jointInspectorIds: [] }),
    });
  });

  it('says which required fields are missing', () => {
    const paths = issuesOf({}).map((i) => i.message);
    expect(paths).toContain('facilityId: is required');
    expect(paths).toContain('startedOn: is required');
    expect(paths).toContain('announced: is required');
  });

  it('rejects input that is not an object', () => {
    expect(issuesOf('inspection')).toEqual([{ path: '', message: 'input: must be an object, got string' }]);
  });

  it('checks the facility id shape, then defers to the check-character validator', () => {
    expect(issuesOf(validInput({ facilityId: 'BD2019143' }))[0].message).toBe('facilityId: must be 15 characters (got 9)');
    const validateFacilityId = vi.fn(() => false);
    const badShape = issuesOf(validInput({ facilityId: 'bd2019143abcde7' }), NOW, { validateFacilityId });
    expect(badShape[0].message).toMatch(/^facilityId: must be an Open Supply Hub id/);
    expect(validateFacilityId).not.toHaveBeenCalled();
    expect(issuesOf(validInput(), NOW, { validateFacilityId })[0].message).toBe('facilityId: is not a valid Open Supply Hub facility id');
    const explained = issuesOf(validInput(), NOW, { validateFacilityId: () => 'check character should be 3' });
    expect(explained[0].message).toBe('facilityId: check character should be 3');
    expect(parseInspectionSubmission(validInput(), NOW, { validateFacilityId: () => true }).ok).toBe(true);
  });

  it('refuses dates in the future, allowing a day that is already today east of UTC', () => {
    // At 12:00 UTC on 1 June it is already 2 June at UTC+14.
    expect(parseInspectionSubmission(validInput({ endedOn: '2025-06-02' }), NOW).ok).toBe(true);
    expect(issuesOf(validInput({ endedOn: '2025-06-03' }))[0].message).toBe('endedOn: must not be in the future (got 2025-06-03)');
  });

  it('refuses malformed and impossible dates', () => {
    expect(issuesOf(validInput({ startedOn: '2025-02-30' }))[0].message).toBe(
      'startedOn: must be a calendar date in YYYY-MM-DD form (got "2025-02-30")',
    );
    expect(issuesOf(validInput({ startedOn: 'yesterday' }))[0].path).toBe('startedOn');
  });

  it('checks numbers, texts and convention codes', () => {
    expect(issuesOf(validInput({ workersInterviewed: 2.5 }))[0].message).toBe('workersInterviewed: must be a whole number');
    expect(issuesOf(validInput({ summary: 'x'.repeat(10_001) }))[0].message).toBe('summary: must be at most 10000 characters');
    const finding = { ...validFinding(), conventions: ['C155', 'C29'], evidence: 'e'.repeat(20_001), workersAffected: -3 };
    expect(issuesOf(validInput({ findings: [finding] })).map((i) => i.path)).toEqual([
      'findings[0].conventions[1]',
      'findings[0].evidence',
      'findings[0].workersAffected',
    ]);
  });

  it('accepts the maximum number of findings', () => {
    const findings = Array.from({ length: SUBMISSION_LIMITS.maxFindings }, validFinding);
    expect(parseInspectionSubmission(validInput({ findings }), NOW).ok).toBe(true);
  });

  it('rejects 10,000 findings with one message, without looking at any of them', () => {
    let inspected = 0;
    const spy = {
      get severity() {
        inspected += 1;
        return 'MAJOR';
      },
    };
    const findings = Array.from({ length: 10_000 }, () => spy);
    expect(issuesOf(validInput({ findings }))).toEqual([
      { path: 'findings', message: 'findings: has 10000 findings; one submission accepts at most 500' },
    ]);
    expect(inspected).toBe(0);
  });
});

describe('parseCorrectiveActionInput', () => {
  const action = (dueOn: string) => ({ action: 'Remove padlocks', rootCause: 'Theft worries', owner: 'Factory manager', dueOn });

  it('accepts a corrective action due today', () => {
    expect(parseCorrectiveActionInput(action('2025-06-01'), NOW)).toEqual({
      ok: true,
      value: { ...action('2025-06-01'), dueOn: new Date('2025-06-01T00:00:00Z') },
    });
  });

  it('refuses a due date already past everywhere on earth', () => {
    expect(parseCorrectiveActionInput(action('2025-05-31'), NOW)).toEqual({
      ok: false,
      issues: [{ path: 'dueOn', message: 'dueOn: must be today or later (got 2025-05-31)' }],
    });
  });

  it('accepts a day that is still today west of UTC', () => {
    // At 05:00 UTC on 1 June it is still 31 May at UTC−12.
    expect(parseCorrectiveActionInput(action('2025-05-31'), new Date('2025-06-01T05:00:00Z')).ok).toBe(true);
  });

  it('requires every text, and whitespace does not count', () => {
    const result = parseCorrectiveActionInput({ ...action('2025-06-10'), owner: '  ', rootCause: undefined }, NOW);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual(['rootCause: is required', 'owner: must not be empty']);
  });
});
