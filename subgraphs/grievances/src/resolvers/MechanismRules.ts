import { fieldsBeforeSteps } from '../../../../vocabulary/mechanism-steps';
import type { MechanismRulesResolvers } from '../__generated__/resolvers-types';

export const MechanismRules: MechanismRulesResolvers = {
  name: (rules) => rules.mechanism,
  agreement: (rules) => (rules.agreementId ? { id: rules.agreementId } : null),
  country: (rules) => (rules.country ? { code: rules.country } : null),
  secretariat: (rules) => (rules.secretariatOrganizationId ? { id: rules.secretariatOrganizationId } : null),
  // The fields that predate steps are read off the steps (see their deprecation in the schema).
  acknowledgeWithinDays: (rules) => fieldsBeforeSteps(rules.steps).acknowledgeWithinDays,
  respondWithinDays: (rules) => fieldsBeforeSteps(rules.steps).respondWithinDays,
  respondWithinMonths: (rules) => fieldsBeforeSteps(rules.steps).respondWithinMonths,
  reviewSteps: (rules) => fieldsBeforeSteps(rules.steps).reviewSteps,
};
