import type { QueryResolvers } from '../__generated__/resolvers-types';
import { conventionByCode, countryByCode } from '../domain/reference-data';
import { receivesFrom } from '../domain/sharing';
import { knownCountry } from '../domain/validation';
import { listAgreements } from '../queries/agreements';
import { grievanceRulesOf, statutoryGrievanceRules } from '../queries/grievance-rules';
import { matchingConventions, matchingCountries, pageOf } from '../queries/reference-lists';

export const Query: QueryResolvers = {
  countries: (_parent, { first, after, filter }) => pageOf(matchingCountries(filter), { first, after }),
  country: (_parent, { code }) => countryByCode(code.trim()) ?? null,
  conventions: (_parent, { first, after, filter }) => pageOf(matchingConventions(filter), { first, after }),
  convention: (_parent, { code }) => conventionByCode(code.trim()) ?? null,

  agreements: (_parent, args, { em, principal }) => listAgreements(em, principal, args),
  agreement: (_parent, { id }, { loaders }) => loaders.agreement.load(id.trim()),

  sharingPartners: async (_parent, { country, category }, { loaders }) => {
    const { code } = knownCountry('country', country);
    return receivesFrom(await loaders.sharingGrantsOf.load(code), code, category).map((partner) =>
      countryByCode(partner)!,
    );
  },

  sharingGrants: async (_parent, { filter }, { loaders }) => {
    const to = filter?.to != null ? knownCountry('filter.to', filter.to).code : null;
    const from = filter?.from != null ? knownCountry('filter.from', filter.from).code : null;
    const grants = (to ?? from) ? await loaders.sharingGrantsOf.load((to ?? from)!) : await loaders.allSharingGrants();
    return grants.filter(
      (grant) =>
        (!to || grant.to === to) &&
        (!from || grant.from === from) &&
        (!filter?.category || grant.category === filter.category),
    );
  },

  grievanceRulesOf: (_parent, { agreementId }, context) => grievanceRulesOf(context, agreementId),
  statutoryGrievanceRules: (_parent, { countries }) => statutoryGrievanceRules(countries),
};
