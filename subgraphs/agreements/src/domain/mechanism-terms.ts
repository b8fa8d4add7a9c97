/**
 * Parsing of a grievance mechanism from mutation input into the shared step model, every problem
 * collected into `Issues`. Rules arrive either as steps or in the fields that predate them (days to
 * acknowledge and respond, then review steps), which are converted to steps.
 */
import {
  LIMITS,
  stepsOf,
  stepsProblem,
  type AgreementMechanism,
  type MechanismStep,
  type PeriodUnit,
} from '../../../../vocabulary/grievance-rules';
import type { GrievanceMechanismInput, MechanismStepInput } from '../__generated__/resolvers-types';
import type { Issues } from './validation';
import type { ProvisionKind } from './vocabulary';

const LONGEST: Record<PeriodUnit, number> = {
  CALENDAR_DAYS: LIMITS.days,
  BUSINESS_DAYS: LIMITS.businessDays,
  CALENDAR_MONTHS: LIMITS.months,
};

/** The grievances subgraph keeps the organisation handling a case in 80 characters. */
const SECRETARIAT_ID_LENGTH = 80;

const EARLIER_FIELDS = [
  'acknowledgeWithinDays',
  'respondWithinDays',
  'respondWithinMonths',
  'respondAfter',
  'reviewSteps',
] as const;

/** The first step counts from the filing unless it says otherwise; each later one from the step before. */
const defaultAnchor = (index: number) => (index === 0 ? 'FILED' : 'PREVIOUS_STEP');

function parseSteps(issues: Issues, path: string, steps: readonly MechanismStepInput[]): MechanismStep[] {
  const before = issues.list.length;
  if (steps.length > LIMITS.steps) issues.add(path, `at most ${LIMITS.steps} steps`);
  const parsed = steps.map((step, index): MechanismStep => {
    const at = `${path}[${index}]`;
    const after = step.after ?? defaultAnchor(index);
    if (index === 0 && after === 'PREVIOUS_STEP')
      issues.add(`${at}.after`, 'the first step has no previous step to count from');
    if (step.kind === 'ACKNOWLEDGE' && after === 'ACKNOWLEDGED')
      issues.add(`${at}.after`, 'the acknowledgement cannot count from itself');
    // Acknowledging at once is a period of 0; every other step takes time.
    const least = step.kind === 'ACKNOWLEDGE' ? 0 : 1;
    return {
      name: issues.text(`${at}.name`, step.name, { max: 100, required: true }) ?? '',
      kind: step.kind,
      within: {
        count: issues.integer(`${at}.within.count`, step.within.count, least, LONGEST[step.within.unit]),
        unit: step.within.unit,
      },
      after,
      escalatesTo: step.escalatesTo ?? 'REGULATOR',
      citation: issues.text(`${at}.citation`, step.citation, { max: 300 }),
    };
  });
  issues.unique(
    path,
    parsed.map((step) => step.name),
  );
  // What is left once each step is sound: one ACKNOWLEDGE and one RESPOND step.
  const problem = issues.list.length === before ? stepsProblem(parsed) : null;
  if (problem) issues.add(path, problem);
  return parsed;
}

/** The fields that predate steps: days to acknowledge and respond (or months), then review steps. */
function parseEarlierFields(issues: Issues, path: string, input: GrievanceMechanismInput): MechanismStep[] {
  const before = issues.list.length;
  if (input.acknowledgeWithinDays == null)
    issues.add(`${path}.acknowledgeWithinDays`, 'is required when the rules are not given as steps');
  if (input.respondWithinDays == null && input.respondWithinMonths == null)
    issues.add(
      `${path}.respondWithinDays`,
      'is required (or respondWithinMonths) when the rules are not given as steps',
    );
  const reviews = input.reviewSteps ?? [];
  const mostReviews = LIMITS.steps - 2;
  if (reviews.length > mostReviews) issues.add(`${path}.reviewSteps`, `at most ${mostReviews} steps`);
  const reviewSteps = reviews.map((step, index) => {
    const at = `${path}.reviewSteps[${index}]`;
    const after = step.after ?? defaultAnchor(index);
    if (index === 0 && after === 'PREVIOUS_STEP')
      issues.add(`${at}.after`, 'the first step has no previous step to count from');
    return {
      name: issues.text(`${at}.name`, step.name, { max: 100, required: true }) ?? '',
      withinDays: issues.integer(`${at}.withinDays`, step.withinDays, 1, LIMITS.days),
      after,
    };
  });
  issues.unique(
    `${path}.reviewSteps`,
    reviewSteps.map((step) => step.name),
  );
  const optional = (field: string, value: number | null | undefined, least: number, most: number) =>
    value == null ? null : issues.integer(`${path}.${field}`, value, least, most);
  const steps = stepsOf({
    acknowledgeWithinDays: optional('acknowledgeWithinDays', input.acknowledgeWithinDays, 0, LIMITS.days) ?? 0,
    respondWithinDays: optional('respondWithinDays', input.respondWithinDays, 1, LIMITS.days) ?? 0,
    respondWithinMonths: optional('respondWithinMonths', input.respondWithinMonths, 1, LIMITS.months),
    respondAfter: input.respondAfter ?? 'FILED',
    reviewSteps,
  });
  // A review step named like the acknowledgement or the response would clash with it.
  const problem = issues.list.length === before ? stepsProblem(steps) : null;
  if (problem) issues.add(`${path}.reviewSteps`, problem);
  return steps;
}

function parseSecretariat(issues: Issues, path: string, id: string | null | undefined): string | null {
  if (id == null) return null;
  const parsed = issues.organizationId(path, id);
  if (parsed.length > SECRETARIAT_ID_LENGTH)
    issues.add(path, `must be at most ${SECRETARIAT_ID_LENGTH} characters to name a secretariat`);
  return parsed;
}

export function parseGrievanceMechanism(
  issues: Issues,
  path: string,
  input: GrievanceMechanismInput,
): AgreementMechanism {
  const earlier = EARLIER_FIELDS.filter((field) => input[field] != null);
  let steps: MechanismStep[] = [];
  if (input.steps != null && earlier.length)
    issues.add(path, `give the rules either as steps or as ${earlier.join(', ')}, not both`);
  else if (input.steps != null) steps = parseSteps(issues, `${path}.steps`, input.steps);
  else if (earlier.length) steps = parseEarlierFields(issues, path, input);
  else issues.add(path, 'give the rules as steps (or as acknowledgeWithinDays and respondWithinDays)');
  const secretariatOrganizationId = parseSecretariat(
    issues,
    `${path}.secretariatOrganizationId`,
    input.secretariatOrganizationId,
  );
  const retaliationSteps =
    input.retaliationSteps == null ? null : parseSteps(issues, `${path}.retaliationSteps`, input.retaliationSteps);
  if (!secretariatOrganizationId) {
    for (const [track, list] of [
      ['steps', steps],
      ['retaliationSteps', retaliationSteps ?? []],
    ] as const)
      list.forEach((step, index) => {
        if (step.escalatesTo === 'SECRETARIAT')
          issues.add(`${path}.${track}[${index}].escalatesTo`, 'the mechanism names no secretariat to escalate to');
      });
  }
  return {
    name: issues.text(`${path}.name`, input.name, { max: 100, required: true }) ?? '',
    citation: issues.text(`${path}.citation`, input.citation, { max: 300 }),
    secretariatOrganizationId,
    steps,
    retaliationSteps,
  };
}

/** A grievance mechanism's rules belong to a GRIEVANCE_MECHANISM provision. */
export function mechanismProblem(
  mechanism: AgreementMechanism | null,
  provisions: readonly { kind: ProvisionKind }[],
): string | null {
  if (!mechanism || provisions.some((provision) => provision.kind === 'GRIEVANCE_MECHANISM')) return null;
  return 'deadline rules need a GRIEVANCE_MECHANISM provision';
}

/** The secretariat runs the mechanism for the parties, so it is one of them: an organisation party. */
export function secretariatProblem(
  mechanism: AgreementMechanism | null,
  parties: readonly { organizationId: string | null }[],
): string | null {
  const secretariat = mechanism?.secretariatOrganizationId;
  if (!secretariat || parties.some((party) => party.organizationId === secretariat)) return null;
  return `organization ${secretariat} is not a party to the agreement`;
}
