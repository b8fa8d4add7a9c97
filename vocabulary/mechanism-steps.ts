/** Building blocks of mechanism steps, for the statutes and the tests that write rules by hand. */
import type { MechanismStep, Period, StepKind } from './grievance-rules';

export const days = (count: number): Period => ({ count, unit: 'CALENDAR_DAYS' });
export const businessDays = (count: number): Period => ({ count, unit: 'BUSINESS_DAYS' });
export const months = (count: number): Period => ({ count, unit: 'CALENDAR_MONTHS' });

export type StepOptions = Partial<Pick<MechanismStep, 'after' | 'escalatesTo' | 'citation'>>;
export const step = (name: string, kind: StepKind, within: Period, options: StepOptions = {}): MechanismStep => ({
  name,
  kind,
  within,
  after: options.after ?? 'FILED',
  escalatesTo: options.escalatesTo ?? 'REGULATOR',
  citation: options.citation ?? null,
});

/**
 * Calendar days a period stands for, for the API fields that predate working days and months:
 * 7 days per 5 working days, 30 per month.
 */
export const approximateDays = ({ count, unit }: Period) =>
  unit === 'CALENDAR_MONTHS' ? count * 30 : unit === 'BUSINESS_DAYS' ? Math.ceil((count * 7) / 5) : count;

/** The fields mechanisms had before steps, read off the steps (both subgraphs serve them, deprecated). */
export function fieldsBeforeSteps(steps: readonly MechanismStep[]) {
  const acknowledge = steps.find((step) => step.kind === 'ACKNOWLEDGE');
  const respond = steps.find((step) => step.kind === 'RESPOND');
  return {
    acknowledgeWithinDays: acknowledge ? approximateDays(acknowledge.within) : 0,
    respondWithinDays: respond ? approximateDays(respond.within) : 0,
    respondWithinMonths: respond?.within.unit === 'CALENDAR_MONTHS' ? respond.within.count : null,
    respondAfter: respond?.after === 'FILED' ? ('FILED' as const) : ('ACKNOWLEDGED' as const),
    reviewSteps: steps
      .filter((step) => step.kind === 'REVIEW' || step.kind === 'REMEDIATION')
      .map((step) => ({ name: step.name, withinDays: approximateDays(step.within), after: step.after })),
  };
}
