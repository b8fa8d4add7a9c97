/**
 * Validation of a grievance submission. Workers file from phones, through hotlines and through
 * union representatives, so the checks are strict about what the system needs and lenient about
 * spelling: codes are trimmed and upper-cased, duplicate areas dropped, GraphQL nulls read as
 * "not given". Lengths count Unicode characters (code points), as PostgreSQL does, so Bengali or
 * emoji are not penalised for their UTF-16 size. Business failures are returned, never thrown.
 */
import { z } from 'zod';
import { COMPLIANCE_AREAS, type ComplianceArea } from '../../../../vocabulary/compliance-areas';
import { isKnownCountry } from '../../../../vocabulary/countries';
import { validateFacilityId } from '../../../../vocabulary/facility-id';
import { FilerKind, SubmissionChannel } from '../__generated__/resolvers-types';

export { COMPLIANCE_AREAS, type ComplianceArea, type FilerKind, type SubmissionChannel };

/** The schema's values of an enum, as the non-empty tuple zod's enum wants. */
const valuesOf = <Values extends Record<string, string>>(values: Values) =>
  Object.values(values) as [Values[keyof Values], ...Values[keyof Values][]];

export const SUBMISSION_CHANNELS = valuesOf(SubmissionChannel);
export const FILER_KINDS = valuesOf(FilerKind);

/** A country of the shared country list. */
export const isIsoCountry = isKnownCountry;

const characters = (value: string) => [...value].length;

/** Trimmed text of 1..max characters without NUL (PostgreSQL text cannot hold it). */
const text = (label: string, max: number) =>
  z
    .string({ required_error: `${label} is required`, invalid_type_error: `${label} must be text` })
    .trim()
    .refine((value) => characters(value) >= 1, `${label} must not be empty`)
    .refine(
      (value) => characters(value) <= max,
      (value) => ({
        message: `${label} must be at most ${max.toLocaleString('en')} characters (it has ${characters(value).toLocaleString('en')})`,
      }),
    )
    .refine((value) => !value.includes('\u0000'), `${label} must not contain NUL characters`);

/** Forms send "" and GraphQL sends null for an optional field left out; both mean not given. */
const blankAsMissing = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

const upperCode = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

const enumOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.preprocess(
    upperCode,
    z.enum(values, {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_enum_value' || issue.code === 'invalid_type'
          ? { message: `${label} must be one of ${values.join(', ')}` }
          : { message: ctx.defaultError },
    }),
  );

// Open Supply Hub id: country (2 letters), year (4 digits), day of year (3), 5 base-32 + 1 check character.
const FACILITY_ID = /^[A-Z]{2}\d{7}[0-9A-Z]{6}$/;
const FACILITY_ID_MESSAGE = 'facility id must be an Open Supply Hub id of 15 characters, e.g. BD2019085FEBK7R';

const countryCode = z.preprocess(
  upperCode,
  z
    .string({ required_error: 'country is required', invalid_type_error: 'country must be text' })
    .refine((code) => isKnownCountry(code), 'country must be an ISO 3166-1 alpha-2 code such as BD or VN'),
);

const facility = z
  .object(
    {
      id: z.preprocess(
        blankAsMissing,
        z
          .preprocess(upperCode, z.string().regex(FACILITY_ID, FACILITY_ID_MESSAGE))
          // The check character catches a mistyped id before it files a case against the wrong facility.
          .superRefine((id, ctx) => {
            const checked = validateFacilityId(id, { isKnownCountry: isIsoCountry });
            if (!checked.ok)
              ctx.addIssue({
                code: 'custom',
                message: `${checked.reason}; give the facility's name and country if you do not know its id`,
              });
          })
          .nullish(),
      ),
      name: z.preprocess(blankAsMissing, text('facility name', 200).nullish()),
      country: z.preprocess(blankAsMissing, countryCode.nullish()),
    },
    {
      required_error: 'facility is required',
      invalid_type_error: 'facility must be an object with id, or name and country',
    },
  )
  .strict()
  .superRefine((value, ctx) => {
    const byId = value.id != null;
    const byName = value.name != null || value.country != null;
    if (byId && byName)
      ctx.addIssue({ code: 'custom', message: 'give the facility either by id or by name and country, not both' });
    else if (!byId && !byName)
      ctx.addIssue({ code: 'custom', message: 'give the facility by id, or by name and country' });
    else if (!byId && value.name == null)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'facility name is required with country' });
    else if (!byId && value.country == null)
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'country is required with the facility name' });
  })
  .transform((value): FacilityReference =>
    value.id != null ? { id: value.id } : { name: value.name!, country: value.country! },
  );

export type FacilityReference = { id: string } | { name: string; country: string };

const languageTag = z
  .string({ required_error: 'language is required', invalid_type_error: 'language must be text' })
  .trim()
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: 'custom',
      message: `language must be a BCP 47 language tag such as en, fr-CA or bn-BD (got "${tag}")`,
    });
    return z.NEVER;
  });

/** An id of an entity another subgraph owns: we cannot look it up, only check its shape. */
const reference = (label: string) =>
  z
    .string({ invalid_type_error: `${label} must be text` })
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/,
      `${label} must be an id of at most 80 letters, digits, dots, dashes or underscores`,
    );

export const grievanceSubmissionSchema = z
  .object({
    facility,
    areas: z
      .array(enumOf('each area', COMPLIANCE_AREAS), {
        required_error: 'areas is required',
        invalid_type_error: 'areas must be a list',
      })
      .min(1, 'choose at least one area')
      .transform((areas) => [...new Set(areas)]),
    retaliationClaim: z
      .boolean({ invalid_type_error: 'retaliationClaim must be true or false' })
      .nullish()
      .transform((v) => v ?? false),
    summary: text('summary', 280),
    description: text('description', 20_000),
    language: languageTag,
    channel: enumOf('channel', SUBMISSION_CHANNELS),
    workersAffected: z
      .number({ invalid_type_error: 'workersAffected must be a number' })
      .int('workersAffected must be a whole number')
      .min(0, 'workersAffected cannot be negative')
      .max(1_000_000, 'workersAffected must be at most 1,000,000')
      .nullish()
      .transform((v) => v ?? undefined),
    contact: z.preprocess(blankAsMissing, text('contact', 500).optional()),
    /** Who the complainant is (name, role, worker id): confidential, seen only by the handler. */
    complainantIdentity: z.preprocess(blankAsMissing, text('complainantIdentity', 500).optional()),
    /** The agreement whose grievance mechanism the case is filed under. */
    agreementId: z.preprocess(blankAsMissing, reference('agreementId').optional()),
    /** The facility's owner (an organisation id) when the filer knows it. */
    facilityOwnerId: z.preprocess(blankAsMissing, reference('facilityOwnerId').optional()),
    /** The recruitment agency (a registry organisation) that recruited the complainant. */
    recruitmentAgencyId: z.preprocess(blankAsMissing, reference('recruitmentAgencyId').optional()),
    /** Brands sourcing from the facility, to be notified. */
    brandIds: z
      .array(reference('each brand id'), { invalid_type_error: 'brandIds must be a list' })
      .max(20, 'name at most 20 brands')
      .nullish()
      .transform((ids) => [...new Set(ids ?? [])]),
    filedBy: enumOf('filedBy', FILER_KINDS),
    /**
     * The case this one reports retaliation against: by its id (for a filer who sees it) or by its
     * tracking code (a worker without an account, who proves it with the secret, checked apart).
     */
    retaliationAgainst: z
      .object({
        grievanceId: z.preprocess(blankAsMissing, reference('retaliationAgainst.grievanceId').optional()),
        trackingCode: z.preprocess(blankAsMissing, text('retaliationAgainst.trackingCode', 40).optional()),
      })
      .strict()
      .nullish()
      .transform((target) => (target && (target.grievanceId || target.trackingCode) ? target : undefined))
      .refine((target) => !target || !target.grievanceId !== !target.trackingCode, {
        message: 'name the case by its id or by its tracking code, not both',
      }),
  })
  .strict();

export type GrievanceSubmission = z.output<typeof grievanceSubmissionSchema>;

export type SubmissionIssue = { path: string; message: string };

export type SubmissionParse = { ok: true; value: GrievanceSubmission } | { ok: false; issues: SubmissionIssue[] };

export function parseGrievanceSubmission(input: unknown): SubmissionParse {
  const result = grievanceSubmissionSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}

function toIssue(issue: z.ZodIssue): SubmissionIssue {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` };
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return { path, message: `${path || 'input'} is required` };
  }
  if (issue.code === 'invalid_type' && path === '') return { path, message: 'the submission must be an object' };
  return { path, message: issue.message };
}
