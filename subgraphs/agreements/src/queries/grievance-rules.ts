import { STATUTORY_RULES, statutoryRules, type GrievanceRules } from '../../../../vocabulary/grievance-rules';
import type { Context } from '../context';
import { mechanismApplication } from '../domain/mechanism';
import { knownCountry } from '../domain/validation';
import type { Agreement } from '../entities/agreement.entity';

/** What `grievanceRulesOf` answers: the agreement, and whether (and on which rules) its mechanism applies. */
export interface RulesOfAgreement {
  agreement: Agreement;
  applies: boolean;
  reason: string | null;
  rules: GrievanceRules | null;
}

/**
 * The rules a grievance filed under the agreement runs on. The agreement is read through the
 * caller's visibility, like `agreement(id)`: a draft the caller may not see is as unknown (null).
 */
export async function grievanceRulesOf(context: Context, agreementId: string): Promise<RulesOfAgreement | null> {
  const agreement = await context.loaders.agreement.load(agreementId.trim());
  return agreement ? { agreement, ...mechanismApplication(agreement) } : null;
}

/** The statutory rules of each named country (once each, in the order named); of every recorded country without names. */
export function statutoryGrievanceRules(countries: readonly string[] | null | undefined): GrievanceRules[] {
  const codes = countries
    ? countries.map((code, index) => knownCountry(`countries[${index}]`, code).code)
    : Object.keys(STATUTORY_RULES).sort();
  return [...new Set(codes)].map((code) => statutoryRules(code));
}
