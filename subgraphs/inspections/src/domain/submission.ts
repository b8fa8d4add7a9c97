import { z } from 'zod';
import type {
  ComplianceArea,
  Disclosure,
  InspectionKind,
  Severity,
  SubmitInspectionInput,
} from '../__generated__/resolvers-types';
import { latestTodayOnEarth, parseCalendarDate, toCalendarDay } from './calendar';
import { citationIssues, citationOf, type Citation } from './citations';
import { conductorIssues, type Conductor } from './conductor';
import {
  calendarDate,
  issueAt,
  optionalText,
  readableErrorMap,
  requiredText,
  toIssues,
  type ParseResult,
  type ValidationIssue,
} from './validation';

/**
 * Validation of `submitInspection`, checked as a whole so that one answer lists every problem.
 * Types and enum values are the schema's; checked here is what it cannot say.
 */

export const SUBMISSION_LIMITS = {
  maxFindings: 500,
  maxConventionsPerFinding: 20,
  idMaxLength: 100,
  summaryMaxLength: 10_000,
  compliancePointMaxLength: 200,
  descriptionMaxLength: 10_000,
  evidenceMaxLength: 20_000,
  correctiveActionMaxLength: 5_000,
  rootCauseMaxLength: 5_000,
  ownerMaxLength: 200,
  sectorMaxLength: 100,
  maxParties: 50,
  disputeReasonMinLength: 10,
  disputeReasonMaxLength: 5_000,
  verificationNoteMaxLength: 5_000,
} as const;

/** Open Supply Hub id shape: country, year + day of year, 5 base-32 characters, check character. */
export const FACILITY_ID_SHAPE = /^[A-Z]{2}\d{7}[0-9A-Z]{6}$/;
export const CONVENTION_CODE = /^[CP]\d{3}$/;

/** The full facility id check (check character) lives elsewhere: true, false, or a message. */
export type FacilityIdValidator = (facilityId: string) => boolean | string;

export interface FindingSubmission extends Omit<Citation, 'scheme' | 'schemeCode'> {
  area: ComplianceArea;
  /** The audit scheme's code it was filed under (`citations.ts`). */
  auditScheme: Citation['scheme'];
  auditSchemeCode: Citation['schemeCode'];
  compliancePoint: string;
  severity: Severity;
  description: string;
  evidence: string | null;
  workersAffected: number | null;
}

export interface InspectionSubmission {
  facilityId: string;
  /** Copied from the registry at submission: statistics group by it. */
  facilitySector: string | null;
  kind: InspectionKind;
  conductedBy: string;
  agreementId: string | null;
  /** Partner inspectorates of a joint inspection. */
  jointInspectorIds: string[];
  startedOn: Date;
  endedOn: Date;
  announced: boolean;
  workersInterviewed: number;
  disclosure: Disclosure;
  /** Buyers the report is shared with (supply chains live in another subgraph, so the submitter names them). */
  sharedWithBuyerIds: string[];
  summary: string | null;
  findings: FindingSubmission[];
}

/** What the schema cannot say about a finding: code shapes, lengths, no negative counts. */
const findingChecks = z.object({
  conventions: z
    .array(z.string().regex(CONVENTION_CODE, 'must be an ILO convention or protocol code such as C029 or P029'))
    .max(SUBMISSION_LIMITS.maxConventionsPerFinding)
    .nullish()
    .transform((codes) => [...new Set(codes ?? [])]),
  compliancePoint: requiredText(SUBMISSION_LIMITS.compliancePointMaxLength),
  description: requiredText(SUBMISSION_LIMITS.descriptionMaxLength),
  evidence: optionalText(SUBMISSION_LIMITS.evidenceMaxLength),
  workersAffected: z
    .number()
    .min(0)
    .nullish()
    .transform((n) => n ?? null),
});

/**
 * The count is checked before any finding is looked at: an oversized request is refused in one
 * message instead of costing (and reporting) one validation per item.
 */
const findingsChecks = z
  .array(z.unknown())
  .superRefine((findings, ctx) => {
    if (findings.length > SUBMISSION_LIMITS.maxFindings) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `has ${findings.length} findings; one submission accepts at most ${SUBMISSION_LIMITS.maxFindings}`,
      });
    }
  })
  .pipe(z.array(findingChecks));

function facilityIdSchema(validateFacilityId?: FacilityIdValidator) {
  return z
    .string()
    .trim()
    .superRefine((id, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      if (id.length !== 15) return fail(`must be 15 characters (got ${id.length})`);
      if (!FACILITY_ID_SHAPE.test(id)) {
        return fail('must be an Open Supply Hub id: 2 capital letters, 7 digits, 6 capital letters or digits');
      }
      const verdict = validateFacilityId?.(id) ?? true;
      if (verdict !== true) fail(typeof verdict === 'string' ? verdict : 'is not a valid Open Supply Hub facility id');
    });
}

const notAfterToday = (now: Date) => (day: Date) =>
  day > latestTodayOnEarth(now) ? `must not be in the future (got ${toCalendarDay(day)})` : null;

/** Organisation ids, de-duplicated; absent means none. */
const organizationIds = z
  .array(requiredText(SUBMISSION_LIMITS.idMaxLength))
  .max(SUBMISSION_LIMITS.maxParties)
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

/** The fields with rules of their own; the rest (kind, announced, disclosure, enums) are taken as given. */
function fieldChecks(now: Date, validateFacilityId?: FacilityIdValidator) {
  return z.object({
    facilityId: facilityIdSchema(validateFacilityId),
    facilitySector: optionalText(SUBMISSION_LIMITS.sectorMaxLength),
    agreementId: optionalText(SUBMISSION_LIMITS.idMaxLength),
    jointInspectorIds: organizationIds,
    startedOn: calendarDate(notAfterToday(now)),
    endedOn: calendarDate(notAfterToday(now)),
    workersInterviewed: z.number().min(0),
    sharedWithBuyerIds: organizationIds,
    summary: optionalText(SUBMISSION_LIMITS.summaryMaxLength),
    findings: findingsChecks,
  });
}

/** Rules across fields, checked whether or not each field passed its own checks. */
function crossFieldIssues(input: SubmitInspectionInput, conductedBy: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const joint = input.kind === 'JOINT_INSPECTION';
  if (joint && !input.agreementId?.trim()) {
    issues.push(issueAt('agreementId', 'is required for a JOINT_INSPECTION (the agreement it was conducted under)'));
  }
  const partners = (input.jointInspectorIds ?? []).map((id) => id.trim()).filter(Boolean);
  if (joint && partners.length === 0) {
    issues.push(issueAt('jointInspectorIds', 'must name at least one partner inspectorate for a JOINT_INSPECTION'));
  }
  if (!joint && partners.length > 0) issues.push(issueAt('jointInspectorIds', 'is only for a JOINT_INSPECTION'));
  if (partners.includes(conductedBy))
    issues.push(issueAt('jointInspectorIds', 'must not include the conducting organisation itself'));
  const [startedOn, endedOn] = [parseCalendarDate(input.startedOn), parseCalendarDate(input.endedOn)];
  if (startedOn && endedOn && endedOn < startedOn) {
    issues.push(issueAt('endedOn', `must be on or after startedOn (${toCalendarDay(startedOn)})`));
  }
  return issues;
}

/**
 * The submission as it will be written, or every problem with it: each field's own rules, the
 * rules across fields, then what the conducting organisation may file (`conductorIssues`).
 */
export function parseInspectionSubmission(
  input: SubmitInspectionInput,
  conductor: Conductor,
  now: Date,
  options: { validateFacilityId?: FacilityIdValidator } = {},
): ParseResult<InspectionSubmission> {
  const checked = fieldChecks(now, options.validateFacilityId).safeParse(input, { errorMap: readableErrorMap });
  const issues = [
    ...(checked.success ? [] : toIssues(checked.error)),
    ...crossFieldIssues(input, conductor.organizationId),
    // An oversized list is refused by its count alone (see findingsChecks).
    ...(input.findings.length <= SUBMISSION_LIMITS.maxFindings ? citationIssues(input.findings) : []),
  ];
  const facilityId = checked.success && issues.length === 0 ? checked.data.facilityId : null;
  issues.push(...conductorIssues(conductor, input.kind, facilityId));
  if (!checked.success || issues.length > 0) return { ok: false, issues };
  const { findings, ...fields } = checked.data;
  return {
    ok: true,
    value: {
      ...fields,
      kind: input.kind,
      conductedBy: conductor.organizationId,
      announced: input.announced,
      // Nothing is shared unless the submitter says so.
      disclosure: input.disclosure ?? 'PRIVATE',
      findings: findings.map((finding, index) => {
        const { scheme, schemeCode, ...citation } = citationOf(input.findings[index]);
        return {
          area: input.findings[index].area,
          severity: input.findings[index].severity,
          ...finding,
          ...citation,
          auditScheme: scheme,
          auditSchemeCode: schemeCode,
        };
      }),
    },
  };
}
