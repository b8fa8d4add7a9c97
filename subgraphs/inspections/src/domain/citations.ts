import { schemeCode, schemeCodes, type AuditScheme, type FindingTopic } from '../../../../vocabulary/audit-schemes';
import type { ComplianceArea } from '../../../../vocabulary/compliance-areas';
import {
  INSTRUMENT_CODE,
  INSTRUMENT_CODES,
  instrumentByCode,
  instrumentsOfArea,
} from '../../../../vocabulary/ilo-instruments';
import { issueAt, type ValidationIssue } from './validation';

/**
 * What a finding rests on: the ILO instruments it cites (from the shared list, each citable for
 * the finding's area) and, optionally, the audit scheme's code it was filed under, whose topic
 * makes findings of different schemes comparable. A ZERO_TOLERANCE finding always cites an
 * instrument: the gravest findings must say which international standard they breach.
 */
export interface CitedFinding {
  area: ComplianceArea;
  severity: string;
  conventions?: readonly string[] | null;
  schemeCode?: { scheme: AuditScheme; code: string } | null;
}

export interface Citation {
  /** Instrument codes as cited, upper-case, once each; the scheme code's when none are given. */
  conventions: string[];
  scheme: AuditScheme | null;
  schemeCode: string | null;
  topic: FindingTopic | null;
}

const listed = (codes: readonly string[]) => codes.join(', ');
/** Every known code in numeric order (C001 … C190), then the protocols: easy to scan in a message. */
const KNOWN_CODES = [...INSTRUMENT_CODES].sort();

/** The codes as written (well-formed ones only: the shape is checked with the other field rules). */
const wellFormed = (codes: readonly string[] | null | undefined) =>
  [...new Set((codes ?? []).map((code) => code.trim()))].filter((code) => INSTRUMENT_CODE.test(code));

/** What the finding cites, once its input passed `citationIssues`. */
export function citationOf(finding: CitedFinding): Citation {
  const code = finding.schemeCode ? schemeCode(finding.schemeCode.scheme, finding.schemeCode.code) : undefined;
  const given = wellFormed(finding.conventions);
  return {
    conventions: given.length || !code ? given : [...code.conventions],
    scheme: code?.scheme ?? null,
    schemeCode: code?.code ?? null,
    topic: code?.topic ?? null,
  };
}

/** Every citation problem of one finding, at its path under the submission (`['findings', '2', …]`). */
export function findingCitationIssues(finding: CitedFinding, index: number): ValidationIssue[] {
  const at = (...path: string[]) => ['findings', String(index), ...path];
  const issues: ValidationIssue[] = [];
  const allowed = instrumentsOfArea(finding.area);
  (finding.conventions ?? []).forEach((raw, position) => {
    const code = raw.trim();
    if (!INSTRUMENT_CODE.test(code)) return;
    const instrument = instrumentByCode(code);
    if (!instrument)
      issues.push(
        issueAt(
          at('conventions', String(position)),
          `${code} is not an ILO instrument the graph knows; known codes: ${listed(KNOWN_CODES)}`,
        ),
      );
    else if (!instrument.areas.includes(finding.area))
      issues.push(
        issueAt(
          at('conventions', String(position)),
          `${code} cannot be cited for ${finding.area}; its instruments are ${listed(allowed)}`,
        ),
      );
  });
  if (finding.schemeCode) {
    const { scheme } = finding.schemeCode;
    const code = schemeCode(scheme, finding.schemeCode.code);
    if (!code) {
      const known = schemeCodes({ scheme }).map((c) => c.code);
      issues.push(
        issueAt(
          at('schemeCode', 'code'),
          `${scheme} has no code ${JSON.stringify(finding.schemeCode.code.slice(0, 20))}; its codes are ${listed(known)}`,
        ),
      );
    } else if (code.area !== finding.area) {
      issues.push(
        issueAt(
          at('schemeCode', 'code'),
          `${scheme} ${code.code} (${code.title}) is a ${code.area} code, not ${finding.area}; ${scheme} codes for ${finding.area}: ${listed(schemeCodes({ scheme, area: finding.area }).map((c) => c.code))}`,
        ),
      );
    }
  }
  if (finding.severity === 'ZERO_TOLERANCE' && issues.length === 0 && citationOf(finding).conventions.length === 0)
    issues.push(
      issueAt(
        at('conventions'),
        `a ZERO_TOLERANCE finding must cite at least one ILO instrument; for ${finding.area}: ${listed(allowed)}`,
      ),
    );
  return issues;
}

/** The citation problems of every finding of a submission. */
export function citationIssues(findings: readonly CitedFinding[]): ValidationIssue[] {
  return findings.flatMap(findingCitationIssues);
}
