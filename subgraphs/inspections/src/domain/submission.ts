import { z } from 'zod';
import { latestTodayOnEarth, toCalendarDay } from './calendar';
import { COMPLIANCE_AREAS, DISCLOSURES, INSPECTION_KINDS, SEVERITIES } from './enums';
import type { ComplianceArea, Disclosure, InspectionKind, Severity } from './enums';
import {
  calendarDate,
  isRecord,
  issueAt,
  optionalText,
  readableErrorMap,
  requiredText,
  toIssues,
  type ParseResult,
  type ValidationIssue,
} from './validation';

/** Validation of `submitInspection` and corrective action inputs, each checked as a whole. */

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

export interface FindingSubmission {
  area: ComplianceArea;
  conventions: string[];
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
  /** The organisation owning the facility, as the inspector established it; it answers the findings. */
  facilityOwnerId: string | null;
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

const findingSchema = z.object({
  area: z.enum(COMPLIANCE_AREAS),
  conventions: z
    .array(z.string().regex(CONVENTION_CODE, 'must be an ILO convention or protocol code such as C029 or P029'))
    .max(SUBMISSION_LIMITS.maxConventionsPerFinding)
    .nullish()
    .transform((codes) => [...new Set(codes ?? [])]),
  compliancePoint: requiredText(SUBMISSION_LIMITS.compliancePointMaxLength),
  severity: z.enum(SEVERITIES),
  description: requiredText(SUBMISSION_LIMITS.descriptionMaxLength),
  evidence: optionalText(SUBMISSION_LIMITS.evidenceMaxLength),
  workersAffected: z.number().int().min(0).nullish().transform((n) => n ?? null),
});

/**
 * The count is checked before any finding is looked at: an oversized request is refused in one
 * message instead of costing (and reporting) one validation per item.
 */
const findingsSchema = z
  .array(z.unknown())
  .superRefine((findings, ctx) => {
    if (findings.length > SUBMISSION_LIMITS.maxFindings) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `has ${findings.length} findings; one submission accepts at most ${SUBMISSION_LIMITS.maxFindings}`,
      });
    }
  })
  .pipe(z.array(findingSchema))
  .nullish()
  .transform((findings) => findings ?? []);

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

function inspectionFields(now: Date, validateFacilityId?: FacilityIdValidator) {
  return {
    facilityId: facilityIdSchema(validateFacilityId),
    facilitySector: optionalText(SUBMISSION_LIMITS.sectorMaxLength),
    facilityOwnerId: optionalText(SUBMISSION_LIMITS.idMaxLength),
    kind: z.enum(INSPECTION_KINDS),
    conductedBy: requiredText(SUBMISSION_LIMITS.idMaxLength),
    agreementId: optionalText(SUBMISSION_LIMITS.idMaxLength),
    jointInspectorIds: organizationIds,
    startedOn: calendarDate(notAfterToday(now)),
    endedOn: calendarDate(notAfterToday(now)),
    announced: z.boolean(),
    workersInterviewed: z.number().int().min(0),
    // Nothing is shared unless the submitter says so.
    disclosure: z.enum(DISCLOSURES).nullish().transform((d) => d ?? 'PRIVATE'),
    sharedWithBuyerIds: organizationIds,
    summary: optionalText(SUBMISSION_LIMITS.summaryMaxLength),
    findings: findingsSchema,
  };
}

/**
 * Rules across fields, checked on whichever of the fields involved are valid on their own, so
 * one response lists every problem rather than revealing them one round trip at a time.
 */
function crossFieldIssues(input: Record<string, unknown>, fields: ReturnType<typeof inspectionFields>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const kind = fields.kind.safeParse(input.kind);
  const agreementId = fields.agreementId.safeParse(input.agreementId);
  if (kind.success && kind.data === 'JOINT_INSPECTION' && agreementId.success && agreementId.data === null) {
    issues.push(issueAt('agreementId', 'is required for a JOINT_INSPECTION (the agreement it was conducted under)'));
  }
  const joint = fields.jointInspectorIds.safeParse(input.jointInspectorIds);
  if (kind.success && joint.success) {
    if (kind.data === 'JOINT_INSPECTION' && joint.data.length === 0) {
      issues.push(issueAt('jointInspectorIds', 'must name at least one partner inspectorate for a JOINT_INSPECTION'));
    }
    if (kind.data !== 'JOINT_INSPECTION' && joint.data.length > 0) {
      issues.push(issueAt('jointInspectorIds', 'is only for a JOINT_INSPECTION'));
    }
  }
  const conductedBy = fields.conductedBy.safeParse(input.conductedBy);
  if (joint.success && conductedBy.success && joint.data.includes(conductedBy.data)) {
    issues.push(issueAt('jointInspectorIds', 'must not include the conducting organisation itself'));
  }
  const startedOn = fields.startedOn.safeParse(input.startedOn);
  const endedOn = fields.endedOn.safeParse(input.endedOn);
  if (startedOn.success && endedOn.success && endedOn.data < startedOn.data) {
    issues.push(issueAt('endedOn', `must be on or after startedOn (${toCalendarDay(startedOn.data)})`));
  }
  return issues;
}

export function parseInspectionSubmission(
  input: unknown,
  now: Date,
  options: { validateFacilityId?: FacilityIdValidator } = {},
): ParseResult<InspectionSubmission> {
  const fields = inspectionFields(now, options.validateFacilityId);
  const parsed = z.object(fields).safeParse(input, { errorMap: readableErrorMap });
  const issues = parsed.success ? [] : toIssues(parsed.error);
  if (isRecord(input)) issues.push(...crossFieldIssues(input, fields));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}
