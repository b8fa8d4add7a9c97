import type { FacilityMatchCandidateResolvers } from '../__generated__/resolvers-types';

export const FacilityMatchCandidate: FacilityMatchCandidateResolvers = {
  facility: (candidate, _args, { loaders }) => loaders.facility.load(candidate.facilityId),
};
