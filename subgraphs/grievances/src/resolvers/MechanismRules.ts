import type { MechanismRulesResolvers } from '../__generated__/resolvers-types';

export const MechanismRules: MechanismRulesResolvers = {
  name: (rules) => rules.mechanism,
  respondWithinMonths: (rules) => rules.respondWithinMonths ?? null,
};
