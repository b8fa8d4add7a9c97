/**
 * The rules a grievance runs on: the steps of a grievance mechanism, each with its period, what
 * the period counts from, and whom a missed step escalates to. The agreements subgraph keeps each
 * agreement's mechanism and serves the statutory defaults below; the grievances subgraph copies
 * the rules that apply onto a case at filing, so a later amendment never moves a running case.
 */
import { z } from 'zod';
import { GRAPH_DEFAULT_STATUTE, STATUTORY_RULES, URGENT_RETALIATION_STEPS } from './grievance-statutes';
import { businessDays, days, months, step } from './mechanism-steps';

export {
  GRAPH_DEFAULT_STATUTE,
  STATUTORY_RULES,
  URGENT_RETALIATION_STEPS,
  USMCA_RAPID_RESPONSE_STEPS,
} from './grievance-statutes';

export const PERIOD_UNITS = ['CALENDAR_DAYS', 'BUSINESS_DAYS', 'CALENDAR_MONTHS'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * ACKNOWLEDGE is met by any move out of RECEIVED, RESPOND and REVIEW by a substantive response
 * (an investigation opened, a remedy agreed, a decision), REMEDIATION by the case being resolved.
 */
export const STEP_KINDS = ['ACKNOWLEDGE', 'RESPOND', 'REVIEW', 'REMEDIATION'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_ANCHORS = ['FILED', 'ACKNOWLEDGED', 'PREVIOUS_STEP'] as const;
export type StepAnchor = (typeof STEP_ANCHORS)[number];

/** REGULATOR: the labour inspectorate of the case's country; SECRETARIAT: the mechanism's secretariat. */
export const ESCALATION_TARGETS = ['REGULATOR', 'SECRETARIAT', 'NONE'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export const RULES_SOURCES = ['AGREEMENT', 'STATUTORY', 'GRAPH_DEFAULT'] as const;
export type RulesSource = (typeof RULES_SOURCES)[number];

export type Period = { count: number; unit: PeriodUnit };

export type MechanismStep = {
  /** Unique within the rules, e.g. ACKNOWLEDGE, RESPOND, REMEDIATION_AGREEMENT. */
  name: string;
  kind: StepKind;
  within: Period;
  after: StepAnchor;
  escalatesTo: EscalationTarget;
  /** The article the period comes from, where a text sets it. */
  citation: string | null;
};

export type GrievanceRules = {
  /** Machine name, e.g. USMCA_RAPID_RESPONSE, BD_LABOUR_ACT_S33. */
  mechanism: string;
  source: RulesSource;
  agreementId: string | null;
  /** For statutory rules: the country whose law sets them. */
  country: string | null;
  /** The instrument the rules come from, e.g. "Bangladesh Labour Act 2006, s. 33". */
  citation: string;
  /** The organisation that runs the mechanism; cases filed under it are handled there. */
  secretariatOrganizationId: string | null;
  steps: MechanismStep[];
  /** The urgent track of a retaliation case filed under these rules. */
  retaliationSteps: MechanismStep[];
};

export const LIMITS = { steps: 20, days: 3650, businessDays: 2600, months: 120 } as const;

const periodSchema = z
  .object({ count: z.number().int().min(0), unit: z.enum(PERIOD_UNITS) })
  .refine(
    ({ count, unit }) =>
      count <=
      (unit === 'CALENDAR_MONTHS' ? LIMITS.months : unit === 'BUSINESS_DAYS' ? LIMITS.businessDays : LIMITS.days),
    'period too long',
  );

const stepSchema = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(STEP_KINDS),
  within: periodSchema,
  after: z.enum(STEP_ANCHORS),
  escalatesTo: z.enum(ESCALATION_TARGETS),
  citation: z.string().max(300).nullable(),
});

/** Exactly one ACKNOWLEDGE and one RESPOND step, unique names, and a first step that does not count from a previous one. */
export function stepsProblem(steps: readonly Pick<MechanismStep, 'name' | 'kind' | 'after'>[]): string | null {
  if (steps.filter((step) => step.kind === 'ACKNOWLEDGE').length !== 1) return 'exactly one ACKNOWLEDGE step is needed';
  if (steps.filter((step) => step.kind === 'RESPOND').length !== 1) return 'exactly one RESPOND step is needed';
  if (new Set(steps.map((step) => step.name)).size !== steps.length) return 'step names must be unique';
  if (steps[0]?.after === 'PREVIOUS_STEP') return 'the first step has no previous step to count from';
  return null;
}

const stepsSchema = z
  .array(stepSchema)
  .max(LIMITS.steps)
  .superRefine((steps, context) => {
    const problem = stepsProblem(steps);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** For rules read back from a JSON column or a signed principal. */
export const grievanceRulesSchema = z.object({
  mechanism: z.string().trim().min(1).max(100),
  source: z.enum(RULES_SOURCES),
  agreementId: z.string().max(80).nullable(),
  country: z.string().length(2).nullable(),
  citation: z.string().max(300),
  secretariatOrganizationId: z.string().max(80).nullable(),
  steps: stepsSchema,
  retaliationSteps: stepsSchema,
}) satisfies z.ZodType<GrievanceRules>;

/** The rules a case in `country` runs on when no agreement's mechanism applies. */
export function statutoryRules(country: string): GrievanceRules {
  const statute = STATUTORY_RULES[country];
  return {
    mechanism: (statute ?? GRAPH_DEFAULT_STATUTE).mechanism,
    source: statute ? 'STATUTORY' : 'GRAPH_DEFAULT',
    agreementId: null,
    country,
    citation: (statute ?? GRAPH_DEFAULT_STATUTE).citation,
    secretariatOrganizationId: null,
    steps: (statute ?? GRAPH_DEFAULT_STATUTE).steps,
    retaliationSteps: URGENT_RETALIATION_STEPS,
  };
}

export type AgreementMechanism = {
  name: string;
  citation: string | null;
  secretariatOrganizationId: string | null;
  steps: MechanismStep[];
  retaliationSteps: MechanismStep[] | null;
};

/** The rules of a case filed under an agreement's mechanism. */
export function agreementRules(agreementId: string, mechanism: AgreementMechanism): GrievanceRules {
  return {
    mechanism: mechanism.name,
    source: 'AGREEMENT',
    agreementId,
    country: null,
    citation: mechanism.citation ?? `The grievance mechanism of agreement ${agreementId}`,
    secretariatOrganizationId: mechanism.secretariatOrganizationId,
    steps: mechanism.steps,
    retaliationSteps: mechanism.retaliationSteps ?? URGENT_RETALIATION_STEPS,
  };
}

/** The shape mechanisms had before steps: acknowledge and respond periods in days, review steps after. */
type LegacyMechanism = {
  acknowledgeWithinDays: number;
  respondWithinDays: number;
  respondWithinMonths?: number | null;
  respondAfter?: 'FILED' | 'ACKNOWLEDGED' | null;
  reviewSteps?: { name: string; withinDays: number; after: StepAnchor }[] | null;
};

const isLegacy = (value: object): value is LegacyMechanism => 'acknowledgeWithinDays' in value && !('steps' in value);

/** Steps from a mechanism stored in the earlier shape; steps as they are otherwise. */
export function stepsOf(mechanism: { steps?: MechanismStep[] } | LegacyMechanism): MechanismStep[] {
  if (!isLegacy(mechanism)) return mechanism.steps ?? [];
  const respondWithin = mechanism.respondWithinMonths
    ? months(mechanism.respondWithinMonths)
    : days(mechanism.respondWithinDays);
  return [
    step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(mechanism.acknowledgeWithinDays)),
    step('RESPOND', 'RESPOND', respondWithin, { after: mechanism.respondAfter ?? 'FILED' }),
    ...(mechanism.reviewSteps ?? []).map((review) =>
      step(review.name, review.name === 'REMEDIATION' ? 'REMEDIATION' : 'REVIEW', days(review.withinDays), {
        after: review.after,
      }),
    ),
  ];
}

/** Rules as a case stored them, in the current shape whichever shape they were written in. */
export function readStoredRules(stored: unknown, fallbackCountry: string): GrievanceRules {
  const parsed = grievanceRulesSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  if (!stored || typeof stored !== 'object' || !isLegacy(stored)) return statutoryRules(fallbackCountry);
  const legacy = stored as LegacyMechanism & { mechanism?: string };
  return {
    ...statutoryRules(fallbackCountry),
    mechanism: legacy.mechanism ?? 'UNNAMED',
    source: 'AGREEMENT',
    citation: 'Rules copied before mechanisms named their steps',
    steps: stepsOf(legacy),
  };
}

export const mechanismSteps = { step, days, businessDays, months } as const;
