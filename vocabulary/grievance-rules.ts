/**
 * The rules a grievance runs on: the steps of a grievance mechanism, each with its period, what
 * the period counts from, and whom a missed step escalates to. The agreements subgraph keeps each
 * agreement's mechanism and serves the statutory defaults below; the grievances subgraph copies
 * the rules that apply onto a case at filing, so a later amendment never moves a running case.
 */
import { z } from 'zod';

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

const days = (count: number): Period => ({ count, unit: 'CALENDAR_DAYS' });
const businessDays = (count: number): Period => ({ count, unit: 'BUSINESS_DAYS' });
const months = (count: number): Period => ({ count, unit: 'CALENDAR_MONTHS' });

type StepOptions = Partial<Pick<MechanismStep, 'after' | 'escalatesTo' | 'citation'>>;
const step = (name: string, kind: StepKind, within: Period, options: StepOptions = {}): MechanismStep => ({
  name,
  kind,
  within,
  after: options.after ?? 'FILED',
  escalatesTo: options.escalatesTo ?? 'REGULATOR',
  citation: options.citation ?? null,
});

/**
 * A worker who suffers retaliation for complaining cannot wait weeks: 24 hours to acknowledge and
 * 72 to act, unless a mechanism sets its own urgent track. Missed, the jurisdiction's regulator
 * takes it (it is told of every retaliation case at filing as well).
 */
export const URGENT_RETALIATION_STEPS: MechanismStep[] = [
  step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(1)),
  step('RESPOND', 'RESPOND', days(3)),
];

type Statute = { mechanism: string; citation: string; steps: MechanismStep[] };

/**
 * The statutory default of each country the graph's cases come from: the period the law sets for
 * an employer's or an authority's answer to a worker's complaint, with its source. Where the law
 * sets no acknowledgement period, 7 days (the practice of the EU whistleblowing directive) is the
 * graph's own, and its citation says so. Working days are Monday to Friday; public holidays are
 * not counted out, so a period over a holiday ends a day early rather than late.
 */
const NO_ACKNOWLEDGEMENT_PERIOD = 'No statutory acknowledgement period: 7 days, the graph’s default';
const acknowledgeIn7 = step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), { citation: NO_ACKNOWLEDGEMENT_PERIOD });

export const STATUTORY_RULES: Readonly<Record<string, Statute>> = {
  BD: {
    mechanism: 'BD_LABOUR_ACT_S33',
    citation: 'Bangladesh Labour Act 2006, s. 33 (grievance procedure), as amended in 2013',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(30), {
        citation: 'Bangladesh Labour Act 2006, s. 33(3): decision within 30 days',
      }),
    ],
  },
  CN: {
    mechanism: 'CN_LABOUR_SECURITY_SUPERVISION',
    citation: 'Regulations on Labour Security Supervision 2004, Art. 17, and their implementing provisions, Art. 21',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', businessDays(5), {
        citation: 'Implementing provisions, Art. 21: decide within 5 working days whether to open a case',
      }),
      step('RESPOND', 'RESPOND', businessDays(60), {
        after: 'ACKNOWLEDGED',
        citation:
          'Regulations on Labour Security Supervision, Art. 17: investigation within 60 working days of opening',
      }),
    ],
  },
  DE: {
    mechanism: 'LKSG_COMPLAINTS_PROCEDURE',
    citation: 'LkSG §8 with HinSchG §17 (EU Directive 2019/1937, Art. 9(1)(b) and (f))',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), { citation: 'HinSchG §17(1): acknowledge within 7 days' }),
      step('RESPOND', 'RESPOND', months(3), {
        after: 'ACKNOWLEDGED',
        citation: 'HinSchG §17(2): feedback within three months of the acknowledgement',
      }),
    ],
  },
  ET: {
    mechanism: 'ET_LABOUR_PROCLAMATION_CONCILIATION',
    citation: 'Labour Proclamation No. 1156/2019, conciliation of labour disputes',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(30), {
        citation: 'Labour Proclamation No. 1156/2019: conciliation within 30 days',
      }),
    ],
  },
  ID: {
    mechanism: 'ID_BIPARTITE_SETTLEMENT',
    citation: 'Law No. 2 of 2004 on Industrial Relations Dispute Settlement, Art. 3',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', businessDays(30), {
        citation: 'Law No. 2 of 2004, Art. 3(2): bipartite settlement within 30 working days',
      }),
    ],
  },
  IN: {
    mechanism: 'IN_GRIEVANCE_REDRESSAL_COMMITTEE',
    citation: 'Industrial Relations Code 2020, s. 4 (Grievance Redressal Committee)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(30), { citation: 'Industrial Relations Code 2020, s. 4(6): within 30 days' }),
    ],
  },
  KH: {
    mechanism: 'KH_LABOUR_LAW_CONCILIATION',
    citation: 'Labour Law 1997, Chapter XII (settlement of labour disputes)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(15), { citation: 'Labour Law 1997, Art. 303: conciliation within 15 days' }),
    ],
  },
  MX: {
    mechanism: 'MX_PREJUDICIAL_CONCILIATION',
    citation: 'Ley Federal del Trabajo, Art. 684-A to 684-E (prejudicial conciliation)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(45), {
        citation: 'Ley Federal del Trabajo, Art. 684-D: within 45 calendar days',
      }),
    ],
  },
  PK: {
    mechanism: 'PK_IRA_S33',
    citation: 'Industrial Relations Act 2012, s. 33 (individual grievances)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(15), {
        citation: 'Industrial Relations Act 2012, s. 33(2): decision within 15 days',
      }),
    ],
  },
  TR: {
    mechanism: 'TR_LABOUR_MEDIATION',
    citation: 'Labour Courts Law No. 7036, Art. 3 (mandatory mediation)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(21), { citation: 'Law No. 7036, Art. 3(10): mediation within three weeks' }),
    ],
  },
  VN: {
    mechanism: 'VN_LABOUR_COMPLAINTS',
    citation: 'Decree 24/2018/ND-CP on complaints and denunciations in labour',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', businessDays(7), {
        citation: 'Decree 24/2018/ND-CP: accept the complaint within 7 working days',
      }),
      step('RESPOND', 'RESPOND', days(30), {
        after: 'ACKNOWLEDGED',
        citation: 'Decree 24/2018/ND-CP: settle within 30 days of acceptance',
      }),
    ],
  },
};

/** For a country whose law the graph does not record: the EU whistleblowing directive's periods. */
export const GRAPH_DEFAULT_STATUTE: Statute = {
  mechanism: 'GRAPH_DEFAULT',
  citation: 'No statutory rule recorded: the periods of EU Directive 2019/1937, Art. 9(1)(b) and (f)',
  steps: [
    step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7)),
    step('RESPOND', 'RESPOND', months(3), { after: 'ACKNOWLEDGED' }),
  ],
};

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

/**
 * The USMCA Facility-Specific Rapid Response Labor Mechanism (Annex 31-A), as written: the
 * complainant Party's request for review is the filing (Art. 31-A.4.2); the respondent Party has 10
 * days to say whether it will review (31-A.4.3) and 45 days from the request to review and report
 * the results (31-A.4.4); where it finds a denial of rights, the Parties consult for 10 days on a
 * course of remediation, which is then carried out in the period they agree (31-A.4) — 45 days
 * here until the handler corrects it to the agreed period. A missed step lets the complainant
 * Party move on to a panel (31-A.5): it escalates to the mechanism's secretariat.
 */
export const USMCA_RAPID_RESPONSE_STEPS: MechanismStep[] = [
  step('NOTICE_OF_REVIEW', 'ACKNOWLEDGE', days(10), {
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4.3: 10 days after the request',
  }),
  step('REVIEW', 'RESPOND', days(45), {
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4.4: 45 days after the request',
  }),
  step('REMEDIATION_AGREEMENT', 'REVIEW', days(10), {
    after: 'PREVIOUS_STEP',
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4: 10 days of consultations on a course of remediation',
  }),
  step('REMEDIATION', 'REMEDIATION', days(45), {
    after: 'PREVIOUS_STEP',
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4: the period the Parties agree for the remediation',
  }),
];

export const mechanismSteps = { step, days, businessDays, months } as const;

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
