import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { COMPLIANCE_AREAS, type ComplianceArea } from './compliance-areas';
import { instrumentByCode } from './ilo-instruments';

/**
 * One findings vocabulary across audit schemes (`audit-schemes.json`): Better Work compliance
 * points, the ETI Base Code clauses SMETA audits against, and the amfori BSCI performance areas.
 * Each code maps to one compliance area, the ILO instruments it rests on, and a cross-scheme
 * topic, so that findings filed under different schemes can be compared. Codes not about labour
 * (environment, business ethics, management systems) are left out; the file's source says which.
 */
export const AUDIT_SCHEMES = ['BETTER_WORK', 'SMETA', 'AMFORI_BSCI'] as const;
export type AuditScheme = (typeof AUDIT_SCHEMES)[number];

/** Topics that mean the same thing in every scheme, in the order dashboards list them. */
export const FINDING_TOPICS = [
  'FORCED_LABOUR',
  'CHILD_LABOUR',
  'YOUNG_WORKERS',
  'FREEDOM_OF_ASSOCIATION',
  'DISCRIMINATION',
  'HARSH_TREATMENT',
  'OCCUPATIONAL_SAFETY_AND_HEALTH',
  'WAGES',
  'BENEFITS',
  'WORKING_HOURS',
  'EMPLOYMENT_RELATIONSHIP',
  'SUBCONTRACTING_AND_HOMEWORK',
  'MIGRANT_WORKERS',
] as const;
export type FindingTopic = (typeof FINDING_TOPICS)[number];

const codeSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9.]{1,12}$/, 'expected a short code such as OSH.2, 8A or PA7'),
    title: z.string().trim().min(1),
    area: z.enum(COMPLIANCE_AREAS),
    conventions: z.array(z.string()).min(1),
    topic: z.enum(FINDING_TOPICS),
  })
  .strict();

const fileSchema = z.object({
  source: z.string().trim().min(1),
  topics: z.array(z.object({ topic: z.enum(FINDING_TOPICS), title: z.string().trim().min(1) }).strict()),
  schemes: z.array(
    z.object({ scheme: z.enum(AUDIT_SCHEMES), source: z.string().trim().min(1), codes: z.array(codeSchema).min(1) }),
  ),
});

export type SchemeCodeRecord = z.infer<typeof codeSchema> & { scheme: AuditScheme; source: string };
export type AuditSchemeList = z.infer<typeof fileSchema>;

export const AUDIT_SCHEMES_FILE = new URL('./audit-schemes.json', import.meta.url);

function fail(problem: string): never {
  throw new Error(`Invalid reference data in audit-schemes.json: ${problem}`);
}

/**
 * The file as parsed, or an Error naming its problem: every scheme once, unique codes within a
 * scheme, and every instrument a code rests on known and citable for the code's area.
 */
export function parseAuditSchemes(raw: unknown): AuditSchemeList {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success)
    fail(
      parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    );
  const schemes = parsed.data.schemes.map((s) => s.scheme);
  for (const scheme of AUDIT_SCHEMES) if (!schemes.includes(scheme)) fail(`scheme ${scheme} is missing`);
  if (new Set(schemes).size !== schemes.length) fail('a scheme is listed twice');
  for (const { scheme, codes } of parsed.data.schemes) {
    if (new Set(codes.map((c) => c.code)).size !== codes.length) fail(`${scheme} lists a code twice`);
    for (const { code, area, conventions } of codes)
      for (const convention of conventions) {
        const instrument = instrumentByCode(convention);
        if (!instrument) fail(`${scheme} ${code} rests on unknown instrument ${convention}`);
        if (!instrument.areas.includes(area))
          fail(`${scheme} ${code} rests on ${convention}, which is not cited for ${area}`);
      }
  }
  return parsed.data;
}

export const AUDIT_SCHEME_LIST = parseAuditSchemes(JSON.parse(readFileSync(AUDIT_SCHEMES_FILE, 'utf8')));

/** Every code of every scheme, in the file's order, each with its scheme and the scheme's source. */
export const SCHEME_CODES: readonly SchemeCodeRecord[] = AUDIT_SCHEME_LIST.schemes.flatMap(
  ({ scheme, source, codes }) => codes.map((code) => ({ ...code, scheme, source })),
);

const BY_KEY = new Map(SCHEME_CODES.map((code) => [`${code.scheme}/${code.code}`, code]));

/** A scheme's code (codes are upper-case; `8a` finds `8A`), or undefined. */
export const schemeCode = (scheme: AuditScheme, code: string): SchemeCodeRecord | undefined =>
  BY_KEY.get(`${scheme}/${code.trim().toUpperCase()}`);

/** The codes of a scheme, an area, or both. */
export function schemeCodes(filter: { scheme?: AuditScheme | null; area?: ComplianceArea | null } = {}) {
  return SCHEME_CODES.filter(
    (code) => (!filter.scheme || code.scheme === filter.scheme) && (!filter.area || code.area === filter.area),
  );
}
