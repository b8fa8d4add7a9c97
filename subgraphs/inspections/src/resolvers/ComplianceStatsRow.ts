import type { ComplianceStatsRowResolvers } from '../__generated__/resolvers-types';

export const ComplianceStatsRow: ComplianceStatsRowResolvers = {
  country: (row) => (row.countryCode ? { code: row.countryCode } : null),
};
