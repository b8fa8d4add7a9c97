import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { COMPLIANCE_AREAS, type ComplianceArea } from './compliance-areas';

/**
 * The ILO instruments the graph knows (`ilo-instruments.json`, from NORMLEX): the fundamental and
 * governance conventions and the technical ones findings rest on. The agreements subgraph serves
 * them as `Convention`; the inspections subgraph checks a finding's citations against them. Each
 * instrument names the compliance areas a finding may cite it for.
 */
export const INSTRUMENT_CATEGORIES = ['FUNDAMENTAL', 'GOVERNANCE', 'TECHNICAL'] as const;
export type InstrumentCategory = (typeof INSTRUMENT_CATEGORIES)[number];

/** NORMLEX code: C and three digits for a convention, P for a protocol. */
export const INSTRUMENT_CODE = /^[CP]\d{3}$/;

export const iloInstrumentSchema = z
  .object({
    code: z.string().regex(INSTRUMENT_CODE, 'expected a convention code such as C029 or P029'),
    title: z.string().trim().min(1),
    adoptedYear: z.number().int().min(1919).max(2100),
    category: z.enum(INSTRUMENT_CATEGORIES),
    areas: z.array(z.enum(COMPLIANCE_AREAS)),
    supplements: z
      .string()
      .regex(/^C\d{3}$/)
      .optional(),
    fundamentalSince: z.number().int().min(1998).max(2100).optional(),
    note: z.string().optional(),
  })
  .strict();

export const iloInstrumentsFileSchema = z.object({
  source: z.string().trim().min(1),
  conventions: z.array(iloInstrumentSchema).min(1),
});

export type IloInstrument = z.infer<typeof iloInstrumentSchema>;

export const ILO_INSTRUMENTS_FILE = new URL('./ilo-instruments.json', import.meta.url);

/** The file as parsed, or an Error naming the file and its first problems. */
export function parseIloInstruments(raw: unknown): z.infer<typeof iloInstrumentsFileSchema> {
  const parsed = iloInstrumentsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid reference data in ilo-instruments.json: ${issues.join('; ')}`);
  }
  const seen = new Set<string>();
  for (const instrument of parsed.data.conventions) {
    if (seen.has(instrument.code))
      throw new Error(`Invalid reference data in ilo-instruments.json: duplicate convention code ${instrument.code}`);
    seen.add(instrument.code);
  }
  return parsed.data;
}

export const ILO_INSTRUMENT_LIST = parseIloInstruments(JSON.parse(readFileSync(ILO_INSTRUMENTS_FILE, 'utf8')));

const BY_CODE: ReadonlyMap<string, IloInstrument> = new Map(ILO_INSTRUMENT_LIST.conventions.map((c) => [c.code, c]));

/** Every code, in the file's order. */
export const INSTRUMENT_CODES: readonly string[] = ILO_INSTRUMENT_LIST.conventions.map((c) => c.code);

/** The instrument of a code (case-insensitive), or undefined. */
export const instrumentByCode = (code: string): IloInstrument | undefined => BY_CODE.get(code.toUpperCase());

/** The codes a finding in `area` may cite, in the file's order. */
export function instrumentsOfArea(area: ComplianceArea): string[] {
  return ILO_INSTRUMENT_LIST.conventions.filter((c) => c.areas.includes(area)).map((c) => c.code);
}
