import { URGENT_RETALIATION_STEPS } from '../../../../vocabulary/grievance-rules';
import { fieldsBeforeSteps } from '../../../../vocabulary/mechanism-steps';
import type { GrievanceMechanismResolvers } from '../__generated__/resolvers-types';

/** The fields that predate steps are read off the steps (see their deprecation in the schema). */
export const GrievanceMechanism: GrievanceMechanismResolvers = {
  // An entity reference: the gateway asks the suppliers subgraph for the organisation's fields.
  secretariat: (mechanism) =>
    mechanism.secretariatOrganizationId ? { id: mechanism.secretariatOrganizationId } : null,
  retaliationSteps: (mechanism) => mechanism.retaliationSteps ?? URGENT_RETALIATION_STEPS,
  acknowledgeWithinDays: (mechanism) => fieldsBeforeSteps(mechanism.steps).acknowledgeWithinDays,
  respondWithinDays: (mechanism) => fieldsBeforeSteps(mechanism.steps).respondWithinDays,
  respondWithinMonths: (mechanism) => fieldsBeforeSteps(mechanism.steps).respondWithinMonths,
  respondAfter: (mechanism) => fieldsBeforeSteps(mechanism.steps).respondAfter,
  reviewSteps: (mechanism) => fieldsBeforeSteps(mechanism.steps).reviewSteps,
};
