import type { FacilityResolvers } from '../__generated__/resolvers-types';
import { contributionsOf, provenanceOf } from '../queries/provenance';

export const Facility: FacilityResolvers = {
  // A merged facility's old id resolves to the survivor (the loader looks up aliases).
  __resolveReference: ({ id }, { loaders }) => loaders.facility.load(id),
  country: (facility) => ({ code: facility.countryCode }),
  location: (facility) =>
    facility.latitude == null || facility.longitude == null
      ? null
      : { latitude: facility.latitude, longitude: facility.longitude },
  workerCount: (facility) =>
    facility.workerCountMin == null ? null : { min: facility.workerCountMin, max: facility.workerCountMax },
  owner: (facility, _args, { loaders }) => (facility.owner ? loaders.organization.load(facility.owner.id) : null),
  movedTo: (facility) => facility.movedToId,
  buyers: (facility, _args, { loaders }) => loaders.buyersOfFacility.load(facility.id),
  recruitmentAgencies: (facility, _args, { loaders }) => loaders.recruitmentChannelsOfFacility.load(facility.id),
  provenance: (facility, _args, context) => provenanceOf(facility, context),
  contributions: (facility, _args, context) => contributionsOf(facility, context),
};
