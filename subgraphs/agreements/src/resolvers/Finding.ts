import { legalBasisOf } from '../domain/legal-basis';
import { ratificationCovered } from '../domain/reference-data';
import type { FindingResolvers } from '../__generated__/resolvers-types';

/**
 * A finding of the inspections subgraph, as the gateway hands it over: its id and the fields
 * `legalBasis` requires (the cited conventions, the facility's country, the inspection's last day).
 */
export interface FindingReference {
  id: string;
  conventions?: string[];
  inspectedCountry?: string;
  inspectedOn?: string;
}

export const Finding: FindingResolvers = {
  __resolveReference: (reference) => reference,
  /** Every finding of the request reads its country's ratifications through one batched lookup. */
  legalBasis: async ({ conventions, inspectedCountry, inspectedOn }, _args, { loaders }) => {
    if (!conventions || !inspectedCountry || !inspectedOn) return null;
    const ratifications = await loaders.ratificationsOfCountry.load(inspectedCountry);
    return legalBasisOf(conventions, inspectedOn, ratifications, (code) => ratificationCovered(inspectedCountry, code));
  },
};
