import { regulatorCountries } from '../../../../runtime/principal';
import type { FacilityResolvers } from '../__generated__/resolvers-types';
import { ownsFacility } from '../visibility';

/**
 * The suppliers subgraph owns facilities; here a facility is its id, plus its owner's id when the
 * gateway sends it for Facility.grievances (@requires).
 */
export interface FacilityReference {
  id: string;
  owner?: { id: string } | null;
}

export const Facility: FacilityResolvers = {
  __resolveReference: ({ id, owner }) => ({ id, owner: owner ?? null }),
  // Unsuppressed only for a regulator that may see the facility's cases themselves (its jurisdiction,
  // or a country sharing GRIEVANCE_CASES with it); suppliers, brands and the public get cells under 5 withheld.
  grievanceSummary: ({ id }, _args, { principal }) => ({
    facilityId: id,
    suppress: !regulatorCountries(principal, 'GRIEVANCE_CASES').includes(id.slice(0, 2)),
  }),
  grievances: ({ id, owner }, { first, after, filter }, { principal, loaders, ownedFacilities }) => {
    const owned = ownsFacility(principal, owner?.id);
    // The field rules of the cases read this set: the owner reads them (not the complainant) here only.
    if (owned) ownedFacilities.add(id);
    return loaders.grievancesOfFacility(id, owned, filter, { first, after });
  },
};
