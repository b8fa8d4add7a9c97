import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphSchemaSource } from '../../../../runtime/schema';
import { ComplianceArea, Severity, type FindingStatus } from '../__generated__/resolvers-types';
import {
  computeCompliance,
  gradeForScore,
  SEVERITY_WEIGHTS,
  ZERO_TOLERANCE_SCORE_CAP,
  type ScoredFinding,
} from './compliance-score';

const DAY = 86_400_000;
const NOW = new Date('2025-06-01T12:00:00Z');
const TODAY = new Date('2025-06-01T00:00:00Z');
const daysAgo = (n: number) => new Date(TODAY.getTime() - n * DAY);

function finding(
  severity: Severity,
  status: FindingStatus = 'OPEN',
  age = 0,
  area: ScoredFinding['area'] = 'WORKING_TIME',
): ScoredFinding {
  return { severity, status, area, inspectedOn: daysAgo(age) };
}

function score(findings: ScoredFinding[]) {
  return computeCompliance({ findings, correctiveActions: [], lastInspectedOn: TODAY }, NOW);
}

// Rounding rule throughout: nearest integer, halves up (92.5 → 93, 89.375 → 89).
describe('computeCompliance: hand-computed scores', () => {
  it('gives no score and no grade to a facility never inspected', () => {
    const result = computeCompliance({ findings: [], correctiveActions: [], lastInspectedOn: null }, NOW);
    expect(result).toMatchObject({ score: null, grade: null, openFindings: 0, lastInspectedOn: null });
  });

  it('gives 100 and A to an inspected facility without findings', () => {
    expect(score([])).toMatchObject({ score: 100, grade: 'A', openFindings: 0, nonComplianceByArea: [] });
  });

  it('counts an open finding in full, however old: an unfixed problem does not fade', () => {
    // 100 − 15 = 85 → B, today, a year on and three years on alike
    for (const age of [0, 365, 1095])
      expect(score([finding('MAJOR', 'OPEN', age)])).toMatchObject({ score: 85, grade: 'B' });
    // 100 − 15 − 2 × 5 = 75 → B: in progress two years on, still in full
    const mixed = [finding('MAJOR'), finding('MINOR', 'IN_PROGRESS', 730), finding('MINOR', 'IN_PROGRESS', 730)];
    expect(score(mixed)).toMatchObject({ score: 75, grade: 'B' });
  });

  it('halves a remediated finding’s residual each year, as the claim goes stale', () => {
    // 100 − 15 − 5 × 0.2 × 0.5^(365/365) = 100 − 15 − 0.5 = 84.5 → 85 (half up) → B
    expect(score([finding('MAJOR', 'OPEN', 365), finding('MINOR', 'REMEDIATED', 365)])).toMatchObject({
      score: 85,
      grade: 'B',
    });
    // 100 − 40 × 0.2 × 0.5^(730/365) = 100 − 2 = 98, capped at 40: a zero-tolerance claim never lifts the cap
    expect(score([finding('ZERO_TOLERANCE', 'REMEDIATED', 730)]).score).toBe(40);
  });

  it('counts a disputed finding like an open one', () => {
    // 100 − 5 = 95
    expect(score([finding('MINOR', 'DISPUTED')])).toMatchObject({ score: 95, openFindings: 1 });
  });

  it('deducts a small residual for remediated findings and nothing once verified', () => {
    // REMEDIATED MAJOR today: 100 − 15 × 0.2 × 1 = 97
    expect(score([finding('MAJOR', 'REMEDIATED')])).toMatchObject({ score: 97, openFindings: 0 });
    // REMEDIATED MAJOR a year ago: 100 − 15 × 0.2 × 0.5 = 98.5 → 99
    expect(score([finding('MAJOR', 'REMEDIATED', 365)]).score).toBe(99);
    // VERIFIED: 100 − 0
    expect(score([finding('MAJOR', 'VERIFIED'), finding('ZERO_TOLERANCE', 'VERIFIED')]).score).toBe(100);
  });

  it('keeps the cap on a zero-tolerance finding the supplier reports remediated, until it is verified', () => {
    // 100 − 40 × 0.2 = 92, capped at 40 → D: a supplier's own word does not lift the cap
    expect(score([finding('ZERO_TOLERANCE', 'REMEDIATED')])).toMatchObject({ score: 40, grade: 'D', openFindings: 0 });
    // Verified: 100 − 0 = 100 → A
    expect(score([finding('ZERO_TOLERANCE', 'VERIFIED')])).toMatchObject({ score: 100, grade: 'A' });
  });

  it('ignores observations in the score but lists them as open', () => {
    // 100 − 0 = 100
    expect(score([finding('OBSERVATION')])).toMatchObject({ score: 100, openFindings: 1 });
  });
});

describe('computeCompliance: zero tolerance cap and floor', () => {
  it('caps the score at 40 while a zero-tolerance finding is unresolved', () => {
    // 100 − 40 = 60 → capped at 40 → D
    expect(score([finding('ZERO_TOLERANCE')])).toMatchObject({ score: ZERO_TOLERANCE_SCORE_CAP, grade: 'D' });
  });

  it('does not decay an unresolved zero-tolerance finding, however old', () => {
    // 100 − 40 (no decay at 3 years) = 60 → capped at 40
    expect(score([finding('ZERO_TOLERANCE', 'OPEN', 1095)]).score).toBe(40);
    // 100 − 40 − 3 × 15 = 15 → E
    const withMajors = [finding('ZERO_TOLERANCE', 'OPEN', 1095), finding('MAJOR'), finding('MAJOR'), finding('MAJOR')];
    expect(score(withMajors)).toMatchObject({ score: 15, grade: 'E' });
  });

  it('floors the score at 0', () => {
    // 100 − 8 × 15 = −20 → 0 → E
    expect(score(Array.from({ length: 8 }, () => finding('MAJOR')))).toMatchObject({ score: 0, grade: 'E' });
    // 100 − 3 × 40 = −20 → cap 40 leaves −20 → floor 0
    expect(score(Array.from({ length: 3 }, () => finding('ZERO_TOLERANCE'))).score).toBe(0);
  });
});

describe('grades', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [74, 'C'],
    [60, 'C'],
    [59, 'D'],
    [40, 'D'],
    [39, 'E'],
    [0, 'E'],
  ] as const)('grades a score of %i as %s', (value, grade) => {
    expect(gradeForScore(value)).toBe(grade);
  });

  it('grades computed scores on both sides of each boundary', () => {
    // 100 − 2 × 5 = 90 → A
    expect(score([finding('MINOR'), finding('MINOR')]).grade).toBe('A');
    // 100 − 2 × 5 − 5 × 0.2 × 0.5^(365/365) = 89.5 → 90 → A (half up); a year sooner: 100 − 10 − 1 = 89 → B
    expect(score([finding('MINOR'), finding('MINOR'), finding('MINOR', 'REMEDIATED', 365)])).toMatchObject({
      score: 90,
      grade: 'A',
    });
    expect(score([finding('MINOR'), finding('MINOR'), finding('MINOR', 'REMEDIATED')])).toMatchObject({
      score: 89,
      grade: 'B',
    });
    // 100 − 15 − 2 × 5 = 75 → B; one MINOR more: 70 → C
    expect(score([finding('MAJOR'), finding('MINOR'), finding('MINOR')]).grade).toBe('B');
    expect(score([finding('MAJOR'), finding('MINOR'), finding('MINOR'), finding('MINOR')]).grade).toBe('C');
    // 100 − 2 × 15 − 2 × 5 = 60 → C; 100 − 4 × 15 = 40 → D; 100 − 4 × 15 − 5 = 35 → E
    expect(score([finding('MAJOR'), finding('MAJOR'), finding('MINOR'), finding('MINOR')]).grade).toBe('C');
    const fourMajors = Array.from({ length: 4 }, () => finding('MAJOR'));
    expect(score(fourMajors)).toMatchObject({ score: 40, grade: 'D' });
    expect(score([...fourMajors, finding('MINOR')])).toMatchObject({ score: 35, grade: 'E' });
  });
});

describe('computeCompliance: counts', () => {
  it('counts unresolved findings by severity and by area, in area order', () => {
    const result = score([
      finding('MAJOR', 'OPEN', 0, 'WORKING_TIME'),
      finding('MINOR', 'DISPUTED', 0, 'WORKING_TIME'),
      finding('ZERO_TOLERANCE', 'IN_PROGRESS', 0, 'CHILD_LABOUR'),
      finding('MAJOR', 'REMEDIATED', 0, 'COMPENSATION'),
      finding('MINOR', 'VERIFIED', 0, 'DISCRIMINATION'),
    ]);
    expect(result.openFindings).toBe(3);
    expect(result.openFindingsBySeverity).toEqual({ ZERO_TOLERANCE: 1, MAJOR: 1, MINOR: 1, OBSERVATION: 0 });
    expect(result.nonComplianceByArea).toEqual([
      { area: 'CHILD_LABOUR', openFindings: 1 },
      { area: 'WORKING_TIME', openFindings: 2 },
    ]);
  });

  it('reports the latest of the last inspection date and the findings dates', () => {
    const result = computeCompliance(
      { findings: [finding('MINOR')], correctiveActions: [], lastInspectedOn: daysAgo(30) },
      NOW,
    );
    expect(result.lastInspectedOn).toEqual(TODAY);
  });

  it('counts corrective actions past due that are neither completed nor verified', () => {
    const correctiveActions = [
      { dueOn: daysAgo(1), status: 'IN_PROGRESS' as const },
      { dueOn: daysAgo(10), status: 'REJECTED' as const },
      { dueOn: daysAgo(10), status: 'COMPLETED' as const },
      { dueOn: TODAY, status: 'PLANNED' as const },
    ];
    expect(
      computeCompliance({ findings: [], correctiveActions, lastInspectedOn: TODAY }, NOW).overdueCorrectiveActions,
    ).toBe(2);
  });

  it('never lets a future-dated inspection weigh more than a current one', () => {
    // decay for a negative age is 1: 100 − 15 × 0.2 = 97
    expect(score([finding('MAJOR', 'REMEDIATED', -30)]).score).toBe(97);
  });

  it('exports the weights for SQL-side reuse', () => {
    expect(SEVERITY_WEIGHTS).toEqual({ ZERO_TOLERANCE: 40, MAJOR: 15, MINOR: 5, OBSERVATION: 0 });
  });
});

describe('the order of results', () => {
  /** The enum's values in the order schema.graphql declares them. */
  const declared = (name: string) => {
    const schema = buildASTSchema(parse(subgraphSchemaSource('inspections')), { assumeValidSDL: true });
    return (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
  };

  it('follows the schema: severities from most to least serious, areas as the shared vocabulary lists them', () => {
    expect(Object.values(Severity)).toEqual(['ZERO_TOLERANCE', 'MAJOR', 'MINOR', 'OBSERVATION']);
    expect(Object.values(Severity)).toEqual(declared('Severity'));
    expect(Object.values(ComplianceArea)).toEqual(declared('ComplianceArea'));
  });
});
