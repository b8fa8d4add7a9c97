import type { RecruitmentCorridorResolvers } from '../__generated__/resolvers-types';

/** A channel's corridor, read from its two country columns. */
export const RecruitmentCorridor: RecruitmentCorridorResolvers = {
  fromCountry: (channel) => ({ code: channel.fromCountry! }),
  toCountry: (channel) => ({ code: channel.toCountry! }),
};
