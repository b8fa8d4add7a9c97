import { countryByCode } from '../domain/reference-data';
import type { CaseRulesResolvers } from '../__generated__/resolvers-types';

export const CaseRules: CaseRulesResolvers = {
  // The agreement was read through the caller's visibility already; the loader has it cached.
  agreement: (rules, _args, { loaders }) => (rules.agreementId ? loaders.agreement.load(rules.agreementId) : null),
  country: (rules) => (rules.country ? (countryByCode(rules.country) ?? null) : null),
  secretariat: (rules) => (rules.secretariatOrganizationId ? { id: rules.secretariatOrganizationId } : null),
};
