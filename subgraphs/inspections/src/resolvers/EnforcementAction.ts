import type { EnforcementActionResolvers } from '../__generated__/resolvers-types';

export const EnforcementAction: EnforcementActionResolvers = {
  facility: (action) => ({ id: action.facilityId }),
  country: (action) => action.facilityCountry,
  findings: async (action, _args, { loaders }) =>
    (await loaders.findingsOfEnforcementAction.load(action.id)).map((link) => link.finding.getEntity()),
  decidedBy: (action) => ({ id: action.decidedById }),
};
