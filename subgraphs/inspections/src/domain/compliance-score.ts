import {
  ComplianceArea,
  Severity,
  type ComplianceGrade,
  type CorrectiveActionStatus,
  type FindingStatus,
} from '../__generated__/resolvers-types';
import { wholeDaysBetween } from './calendar';
import { isOverdue } from './corrective-action';

/**
 * Facility compliance score, 0–100 (higher is better), and its grade.
 *
 * Input: the findings of the facility's completed inspections, each dated by the inspection that
 * found it (`inspectedOn`), the facility's corrective actions, and the last inspection date.
 *
 * 1. Never inspected (no last inspection date and no findings) → score null, grade null.
 * 2. Each finding deducts points. Severity weight w: ZERO_TOLERANCE 40, MAJOR 15, MINOR 5,
 *    OBSERVATION 0. Age decay d = 0.5^(days / 365), where days = whole days from the inspection
 *    date to now (rounded down, never below 0): a finding 1 year old counts ½, 2 years ¼.
 *    - OPEN, IN_PROGRESS, DISPUTED (unresolved):  w, whatever its age. An unfixed problem does
 *      not become less of one with time, and letting it fade would let a facility wait it out.
 *    - REMEDIATED (claimed fixed, not yet checked): w × 0.2 × d, for every severity. The small
 *      residual keeps "claimed" below "verified", so getting verification is worth it; only a
 *      claim decays, as the evidence behind it goes stale.
 *    - VERIFIED: 0.
 * 3. raw = 100 − sum of deductions.
 * 4. Any ZERO_TOLERANCE finding not yet VERIFIED (unresolved, or REMEDIATED: fixed by the
 *    supplier's own account) caps raw at 40, so the grade is D at best until someone checks it.
 * 5. Floor at 0.
 * 6. score = raw rounded to the nearest integer, halves up (92.5 → 93).
 * 7. Grade from the rounded score: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E below 40.
 *
 * Example: one MAJOR finding still OPEN, from an inspection 365 days ago, and one MINOR finding
 * REMEDIATED a year ago: 100 − 15 − 5 × 0.2 × 0.5 = 84.5 → 85 → B.
 *
 * Counts: `openFindings` and the breakdowns count unresolved findings only; `lastInspectedOn` is
 * the latest of the given date and the findings' dates; `overdueCorrectiveActions` per `isOverdue`.
 */

/**
 * A disputed finding still counts against the facility: the dispute may fail, and letting a
 * facility lift its score by contesting everything would reward the wrong behaviour.
 */
export const UNRESOLVED_FINDING_STATUSES = [
  'OPEN',
  'IN_PROGRESS',
  'DISPUTED',
] as const satisfies readonly FindingStatus[];

export function isUnresolvedFinding(status: FindingStatus): boolean {
  return (UNRESOLVED_FINDING_STATUSES as readonly FindingStatus[]).includes(status);
}

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  ZERO_TOLERANCE: 40,
  MAJOR: 15,
  MINOR: 5,
  OBSERVATION: 0,
};
export const DECAY_HALF_LIFE_DAYS = 365;
export const REMEDIATED_RESIDUAL_FACTOR = 0.2;
export const ZERO_TOLERANCE_SCORE_CAP = 40;
export const MAX_SCORE = 100;

/** Checked in order; the first threshold the score reaches gives the grade. */
export const GRADE_THRESHOLDS: readonly { grade: ComplianceGrade; minScore: number }[] = [
  { grade: 'A', minScore: 90 },
  { grade: 'B', minScore: 75 },
  { grade: 'C', minScore: 60 },
  { grade: 'D', minScore: 40 },
  { grade: 'E', minScore: 0 },
];

export interface ScoredFinding {
  severity: Severity;
  status: FindingStatus;
  area: ComplianceArea;
  /** Date of the inspection that found it. */
  inspectedOn: Date;
}

export interface ComplianceInput {
  findings: readonly ScoredFinding[];
  correctiveActions: readonly { dueOn: Date; status: CorrectiveActionStatus }[];
  lastInspectedOn: Date | null;
}

export interface Compliance {
  score: number | null;
  grade: ComplianceGrade | null;
  openFindings: number;
  openFindingsBySeverity: Record<Severity, number>;
  /** Areas with at least one unresolved finding, in ComplianceArea order. */
  nonComplianceByArea: { area: ComplianceArea; openFindings: number }[];
  lastInspectedOn: Date | null;
  overdueCorrectiveActions: number;
}

/** 0.5^(whole days since the inspection / 365); 1 for an inspection dated today or later. */
export function ageDecay(inspectedOn: Date, now: Date): number {
  const days = Math.max(0, wholeDaysBetween(inspectedOn, now));
  return Math.pow(0.5, days / DECAY_HALF_LIFE_DAYS);
}

/** Points one finding takes off the score (step 2 above). */
export function findingDeduction(finding: Omit<ScoredFinding, 'area'>, now: Date): number {
  const weight = SEVERITY_WEIGHTS[finding.severity];
  if (isUnresolvedFinding(finding.status)) return weight;
  if (finding.status === 'REMEDIATED') return weight * REMEDIATED_RESIDUAL_FACTOR * ageDecay(finding.inspectedOn, now);
  return 0;
}

/** A zero-tolerance finding caps the score until it is verified (step 4 above). */
export const capsTheScore = (finding: Pick<ScoredFinding, 'severity' | 'status'>) =>
  finding.severity === 'ZERO_TOLERANCE' && finding.status !== 'VERIFIED';

export function gradeForScore(score: number): ComplianceGrade {
  return (GRADE_THRESHOLDS.find((t) => score >= t.minScore) ?? GRADE_THRESHOLDS[GRADE_THRESHOLDS.length - 1]).grade;
}

/** Half-up rounding; the epsilon absorbs binary error so 92.4999999… computed for 92.5 rounds up. */
function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

export function computeCompliance(input: ComplianceInput, now: Date): Compliance {
  const open = input.findings.filter((f) => isUnresolvedFinding(f.status));

  const openFindingsBySeverity = Object.fromEntries(Object.values(Severity).map((s) => [s, 0])) as Record<
    Severity,
    number
  >;
  for (const f of open) openFindingsBySeverity[f.severity] += 1;

  const nonComplianceByArea = Object.values(ComplianceArea)
    .map((area) => ({
      area,
      openFindings: open.filter((f) => f.area === area).length,
    }))
    .filter((a) => a.openFindings > 0);

  const lastInspectedOn = latest([input.lastInspectedOn, ...input.findings.map((f) => f.inspectedOn)]);

  let score: number | null = null;
  if (lastInspectedOn !== null) {
    let raw = MAX_SCORE - input.findings.reduce((sum, f) => sum + findingDeduction(f, now), 0);
    if (input.findings.some(capsTheScore)) raw = Math.min(raw, ZERO_TOLERANCE_SCORE_CAP);
    score = roundHalfUp(Math.max(0, raw));
  }

  return {
    score,
    grade: score === null ? null : gradeForScore(score),
    openFindings: open.length,
    openFindingsBySeverity,
    nonComplianceByArea,
    lastInspectedOn,
    overdueCorrectiveActions: input.correctiveActions.filter((a) => isOverdue(a, now)).length,
  };
}

function latest(dates: readonly (Date | null)[]): Date | null {
  let result: Date | null = null;
  for (const d of dates) if (d !== null && (result === null || d.getTime() > result.getTime())) result = d;
  return result;
}
