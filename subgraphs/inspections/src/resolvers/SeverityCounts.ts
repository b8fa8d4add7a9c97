import type { Severity } from '../__generated__/resolvers-types';
import type { SeverityCountsResolvers } from '../__generated__/resolvers-types';

/** Counts keyed by severity, as the domain and the statistics produce them. */
export type SeverityTally = Record<Severity, number>;

export const SeverityCounts: SeverityCountsResolvers = {
  zeroTolerance: (tally) => tally.ZERO_TOLERANCE,
  major: (tally) => tally.MAJOR,
  minor: (tally) => tally.MINOR,
  observation: (tally) => tally.OBSERVATION,
};
