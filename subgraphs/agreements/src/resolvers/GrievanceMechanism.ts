import { URGENT_RETALIATION_STEPS } from '../../../../vocabulary/grievance-rules';
import { approximateDays, stepOfKind } from '../domain/mechanism';
import type { GrievanceMechanismResolvers } from '../__generated__/resolvers-types';

/** The fields that predate steps are read off the steps (see their deprecation in the schema). */
export const GrievanceMechanism: GrievanceMechanismResolvers = {
  // An entity reference: the gateway asks the suppliers subgraph for the organisation's fields.
  secretariat: (mechanism) =>
    mechanism.secretariatOrganizationId ? { id: mechanism.secretariatOrganizationId } : null,
  retaliationSteps: (mechanism) => mechanism.retaliationSteps ?? URGENT_RETALIATION_STEPS,
  acknowledgeWithinDays: (mechanism) => {
    const step = stepOfKind(mechanism.steps, 'ACKNOWLEDGE');
    return step ? approximateDays(step.within) : 0;
  },
  respondWithinDays: (mechanism) => {
    const step = stepOfKind(mechanism.steps, 'RESPOND');
    return step ? approximateDays(step.within) : 0;
  },
  respondWithinMonths: (mechanism) => {
    const step = stepOfKind(mechanism.steps, 'RESPOND');
    return step?.within.unit === 'CALENDAR_MONTHS' ? step.within.count : null;
  },
  respondAfter: (mechanism) => (stepOfKind(mechanism.steps, 'RESPOND')?.after === 'FILED' ? 'FILED' : 'ACKNOWLEDGED'),
  reviewSteps: (mechanism) =>
    mechanism.steps
      .filter((step) => step.kind === 'REVIEW' || step.kind === 'REMEDIATION')
      .map((step) => ({ name: step.name, withinDays: approximateDays(step.within), after: step.after })),
};
