import type { MechanismStep, Period } from '../../../../vocabulary/grievance-rules';
import type { MechanismRulesResolvers } from '../__generated__/resolvers-types';

/** Calendar days a period stands for, for the fields that predate working days and months. */
const approximateDays = ({ count, unit }: Period) =>
  unit === 'CALENDAR_MONTHS' ? count * 30 : unit === 'BUSINESS_DAYS' ? Math.ceil((count * 7) / 5) : count;

const stepOf = (steps: readonly MechanismStep[], kind: MechanismStep['kind']) =>
  steps.find((step) => step.kind === kind);

export const MechanismRules: MechanismRulesResolvers = {
  name: (rules) => rules.mechanism,
  agreement: (rules) => (rules.agreementId ? { id: rules.agreementId } : null),
  country: (rules) => (rules.country ? { code: rules.country } : null),
  secretariat: (rules) => (rules.secretariatOrganizationId ? { id: rules.secretariatOrganizationId } : null),
  acknowledgeWithinDays: (rules) => {
    const step = stepOf(rules.steps, 'ACKNOWLEDGE');
    return step ? approximateDays(step.within) : 0;
  },
  respondWithinDays: (rules) => {
    const step = stepOf(rules.steps, 'RESPOND');
    return step ? approximateDays(step.within) : 0;
  },
  respondWithinMonths: (rules) => {
    const step = stepOf(rules.steps, 'RESPOND');
    return step?.within.unit === 'CALENDAR_MONTHS' ? step.within.count : null;
  },
  reviewSteps: (rules) =>
    rules.steps
      .filter((step) => step.kind === 'REVIEW' || step.kind === 'REMEDIATION')
      .map((step) => ({ name: step.name, withinDays: approximateDays(step.within), after: step.after })),
};
