import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { IdempotencyRecord } from '../../runtime/idempotency';
import { Finding } from '../../subgraphs/inspections/src/entities/finding.entity';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import { graphql } from '../__generated__';
import type { FindingInput, SubmitInspectionInput } from '../__generated__/graphql';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { newFacilityId } from './fixtures';

/** Whole-submission validation, idempotent retries, and the compliance score the API reports. */
const TODAY = '2026-06-15';
const AUDITOR = 'org-rules-audits';
const SUBMIT = graphql(`
  mutation InspectionRulesSubmit($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      replayed
      inspection {
        id
        facility {
          compliance {
            score
            grade
            openFindings
          }
        }
      }
    }
  }
`);

let stack: TestStack;
let auditor: string;

const finding = (overrides: Partial<FindingInput> = {}): FindingInput => ({
  area: 'WORKING_TIME',
  compliancePoint: 'Overtime',
  severity: 'MINOR',
  description: 'Long weeks',
  ...overrides,
});
/** A submission names its facility by the string id the registry gave it. */
type Submission = SubmitInspectionInput & { facilityId: string };
const submission = (overrides: Partial<Submission> = {}): Submission => ({
  facilityId: newFacilityId('VN'),
  kind: 'SOCIAL_AUDIT',
  startedOn: '2026-06-10',
  endedOn: '2026-06-11',
  announced: true,
  workersInterviewed: 12,
  disclosure: 'PRIVATE',
  findings: [finding()],
  ...overrides,
});
let keys = 0;
const submit = async (input: SubmitInspectionInput, key = `rules-key-${++keys}`) => {
  await ensureRegistered(stack, input.facilityId);
  return stack.query(SUBMIT, { input, key }, { token: auditor });
};

/** Rows in every table a submission writes to: a rejected one must leave them all unchanged. */
async function writtenRows() {
  const em = stack.em('inspections');
  return {
    inspections: await em.count(Inspection),
    findings: await em.count(Finding),
    records: await em.count(IdempotencyRecord),
    audit: await em.count(AuditEntry),
  };
}

beforeAll(async () => {
  stack = await startTestStack({ now: new Date(`${TODAY}T12:00:00Z`) });
  auditor = await stack.token({ role: 'AUDITOR', organizationId: AUDITOR });
});
afterAll(() => stack?.stop());

describe('invalid submissions are rejected whole, with clear errors, and nothing is written', () => {
  it('refuses a facility id whose check character is wrong, and one of the wrong shape', async () => {
    const before = await writtenRows();
    const valid = newFacilityId('BD');
    const mistyped = valid.slice(0, 14) + (valid[14] === 'A' ? 'B' : 'A');
    const response = await submit(submission({ facilityId: mistyped }));
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'facilityId'], message: expect.stringMatching(/check character is ., expected ./) }],
    });
    const shapeless = await submit(submission({ facilityId: 'factory-17' }));
    expect(shapeless.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'facilityId'], message: 'must be 15 characters (got 10)' }],
    });
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses an inspection that ends before it starts', async () => {
    const before = await writtenRows();
    const response = await submit(submission({ startedOn: '2026-06-11', endedOn: '2026-06-09' }));
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'endedOn'], message: 'must be on or after startedOn (2026-06-11)' }],
    });
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses an unknown compliance area', async () => {
    const before = await writtenRows();
    // @ts-expect-error -- an area the schema does not have: the API must refuse it
    const unknownArea = finding({ area: 'WORKPLACE_HAPPINESS' });
    const response = await submit(submission({ findings: [finding(), unknownArea] }));
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/WORKPLACE_HAPPINESS.*ComplianceArea/);
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses 10,000 findings in one request with a single message', async () => {
    const before = await writtenRows();
    const findings = Array.from({ length: 10_000 }, (): FindingInput => ({
      area: 'WORKING_TIME',
      compliancePoint: 'p',
      severity: 'MINOR',
      description: 'd',
    }));
    const response = await submit(submission({ findings }));
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'findings'], message: 'has 10000 findings; one submission accepts at most 500' }],
    });
    expect(await writtenRows()).toEqual(before);
  });

  it('lists every problem of a submission in one answer', async () => {
    const response = await submit(
      submission({ workersInterviewed: -2, kind: 'LABOUR_INSPECTORATE', findings: [finding({ description: '  ' })] }),
    );
    expect(
      (response.errors?.[0].extensions?.issues as { path: string[] }[]).map((issue) => issue.path.join('.')),
    ).toEqual(['input.workersInterviewed', 'input.findings.0.description', 'input.kind']);
  });
});

describe('retrying a submission', () => {
  it('creates one inspection however often the same idempotency key is sent', async () => {
    const input = submission();
    const first = await submit(input, 'retry-key-0001');
    const again = await Promise.all([submit(input, 'retry-key-0001'), submit(input, 'retry-key-0001')]);
    const { replayed, inspection } = dataOf(first).submitInspection!;
    expect(replayed).toBe(false);
    expect(inspection?.id).toEqual(expect.any(String));
    for (const retry of again) {
      expect(dataOf(retry).submitInspection).toMatchObject({ replayed: true, inspection: { id: inspection?.id } });
    }
    expect(await stack.em('inspections').count(Inspection, { facilityId: input.facilityId })).toBe(1);
  });

  it('creates one inspection when the same submission arrives several times at once', async () => {
    const input = submission();
    const responses = await Promise.all([1, 2, 3].map(() => submit(input, 'retry-key-0003')));
    const payloads = responses.map((response) => dataOf(response).submitInspection);
    const ids = new Set(payloads.map((payload) => payload!.inspection?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(payloads.filter((payload) => !payload!.replayed)).toHaveLength(1);
    expect(await stack.em('inspections').count(Inspection, { facilityId: input.facilityId })).toBe(1);
  });

  it('refuses the same key with different input', async () => {
    const input = submission();
    await submit(input, 'retry-key-0002');
    const response = await submit({ ...input, workersInterviewed: 99 }, 'retry-key-0002');
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('the compliance score the API reports follows the documented formula', () => {
  const scoreOf = async (inspections: { endedOn: string; findings: FindingInput[] }[]) => {
    const facilityId = newFacilityId('KH');
    let compliance: unknown;
    for (const { endedOn, findings } of inspections) {
      const response = await submit(submission({ facilityId, startedOn: endedOn, endedOn, findings }));
      const { inspection } = dataOf(response).submitInspection!;
      if (!inspection) throw new Error('the submission answered no inspection');
      compliance = inspection.facility.compliance;
    }
    return compliance;
  };

  it('counts an open MAJOR finding in full a year on: 100 − 15 = 85, B', async () => {
    expect(await scoreOf([{ endedOn: '2025-06-15', findings: [finding({ severity: 'MAJOR' })] }])).toEqual({
      score: 85,
      grade: 'B',
      openFindings: 1,
    });
  });

  it('caps the score at 40 while a zero-tolerance finding is open: 100 − 40 − 5 = 55 → 40, D', async () => {
    const findings = [finding({ area: 'FORCED_LABOUR', severity: 'ZERO_TOLERANCE', conventions: ['C029'] }), finding()];
    expect(await scoreOf([{ endedOn: TODAY, findings }])).toEqual({ score: 40, grade: 'D', openFindings: 2 });
  });

  it('adds up open findings across inspections, however old: 100 − 15 − 2 × 5 = 75, B', async () => {
    const score = await scoreOf([
      { endedOn: '2024-06-15', findings: [finding({ severity: 'MAJOR' }), finding({ severity: 'OBSERVATION' })] },
      { endedOn: '2025-06-15', findings: [finding(), finding({ area: 'COMPENSATION' })] },
    ]);
    expect(score).toEqual({ score: 75, grade: 'B', openFindings: 4 });
  });
});
