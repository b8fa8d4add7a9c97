import type { FacilityResolvers } from '../__generated__/resolvers-types';

/** Facilities belong to the suppliers subgraph; here a facility is its key. */
export interface FacilityReference {
  id: string;
}

export const Facility: FacilityResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  inspections: ({ id }, { first, after }, { loaders }) => loaders.inspectionsOfFacility(id, { first, after }),
  latestInspection: async ({ id }, _args, { loaders }) =>
    (await loaders.latestInspectionOfFacility(id, { first: 1 })).edges[0]?.node ?? null,
  compliance: ({ id }, _args, { loaders }) => loaders.compliance.load(id),
  publicCompliance: ({ id }, _args, { loaders }) => loaders.publicCompliance.load(id),
  enforcementActions: ({ id }, _args, { loaders }) => loaders.enforcementActionsOfFacility.load(id),
};
