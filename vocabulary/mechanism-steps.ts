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
