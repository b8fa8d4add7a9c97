import { countryByCode } from '../domain/reference-data';
import type { AgreementPartyResolvers } from '../__generated__/resolvers-types';

export const AgreementParty: AgreementPartyResolvers = {
  country: (party) => (party.countryCode ? countryByCode(party.countryCode)! : null),
  // An entity reference: the gateway asks the suppliers subgraph for the organisation's fields.
  organization: (party) => (party.organizationId ? { id: party.organizationId } : null),
};
