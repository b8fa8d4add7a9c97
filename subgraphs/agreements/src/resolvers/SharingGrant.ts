import { countryByCode } from '../domain/reference-data';
import type { SharingGrantResolvers } from '../__generated__/resolvers-types';

export const SharingGrant: SharingGrantResolvers = {
  from: (grant) => countryByCode(grant.from)!,
  to: (grant) => countryByCode(grant.to)!,
  // Grants come from IN_FORCE agreements only, which every caller may see.
  agreement: async (grant, _args, { loaders }) => (await loaders.agreement.load(grant.agreementId))!,
};
