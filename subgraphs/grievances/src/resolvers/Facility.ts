import { regulatorCountries } from '../../../../runtime/principal';
import type { FacilityResolvers } from '../__generated__/resolvers-types';

/** The suppliers subgraph owns facilities; here a facility is its id. */
export interface FacilityReference {
  id: string;
}

export const Facility: FacilityResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  // Unsuppressed only for a regulator that may see the facility's cases themselves (its jurisdiction,
  // or a country sharing GRIEVANCE_CASES with it); suppliers, brands and the public get cells under 5 withheld.
  grievanceSummary: ({ id }, _args, { principal }) => ({
    facilityId: id,
    suppress: !regulatorCountries(principal, 'GRIEVANCE_CASES').includes(id.slice(0, 2)),
  }),
};
