import type { EnforcementActionKind } from '../entities/enforcement-action.entity';
import { parseCalendarDate, toCalendarDay } from './calendar';
import { issueAt, type ParseResult, type ValidationIssue } from './validation';

/** What `recordEnforcementAction` receives, as the schema types it. */
export interface EnforcementActionInput {
  facilityId: string;
  kind: EnforcementActionKind;
  findingIds: readonly string[];
  decidedOn: string;
  effectiveFrom?: string | null;
  effectiveUntil?: string | null;
  amount?: string | null;
  currency?: string | null;
  legalBasis?: string | null;
  summary: string;
  published?: boolean | null;
}

export interface EnforcementActionRecord {
  kind: EnforcementActionKind;
  findingIds: string[];
  decidedOn: string;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  amount: string | null;
  currency: string | null;
  legalBasis: string | null;
  summary: string;
  published: boolean;
}

const MAX_FINDINGS = 100;
/** At most 15 whole digits: a fine no inspectorate decides is a typing error. */
const AMOUNT = /^(\d{1,15})(?:\.(\d{1,2}))?$/;
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * A fine's amount as an exact decimal string with two decimals ("1500.5" → "1500.50"), or the
 * problem with it: positive, at most two decimals, never through a float.
 */
export function parseAmount(value: string): { ok: true; amount: string } | { ok: false; message: string } {
  const match = AMOUNT.exec(value.trim());
  if (!match) return { ok: false, message: 'must be a positive decimal with at most two decimals, e.g. 1500.50' };
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const cents = (match[2] ?? '').padEnd(2, '0');
  if (/^0+$/.test(whole + cents)) return { ok: false, message: 'must be more than 0' };
  return { ok: true, amount: `${whole}.${cents}` };
}

/** The day a `Date` argument names, or an issue at `field`. */
function day(value: string | null | undefined, field: string, issues: ValidationIssue[]): string | null {
  if (value === null || value === undefined) return null;
  const parsed = parseCalendarDate(value);
  if (!parsed) {
    issues.push(issueAt(field, 'must be a calendar date, YYYY-MM-DD'));
    return null;
  }
  return toCalendarDay(parsed);
}

/** Checks an enforcement action's input as a whole: every problem in one answer. */
export function parseEnforcementAction(input: EnforcementActionInput): ParseResult<EnforcementActionRecord> {
  const issues: ValidationIssue[] = [];
  const findingIds = [...new Set(input.findingIds.map((id) => id.trim()).filter(Boolean))];
  if (!findingIds.length) issues.push(issueAt('findingIds', 'must name at least one finding the action rests on'));
  if (findingIds.length > MAX_FINDINGS) issues.push(issueAt('findingIds', `must have at most ${MAX_FINDINGS} items`));
  const decidedOn = day(input.decidedOn, 'decidedOn', issues);
  const effectiveFrom = day(input.effectiveFrom, 'effectiveFrom', issues);
  const effectiveUntil = day(input.effectiveUntil, 'effectiveUntil', issues);
  if (decidedOn && effectiveFrom && effectiveFrom < decidedOn)
    issues.push(issueAt('effectiveFrom', 'must not be before decidedOn: an action takes effect once decided'));
  if (effectiveUntil && (effectiveFrom ?? decidedOn) && effectiveUntil < (effectiveFrom ?? decidedOn)!)
    issues.push(issueAt('effectiveUntil', 'must not be before effectiveFrom (or decidedOn)'));
  const summary = input.summary.trim();
  if (!summary) issues.push(issueAt('summary', 'must not be empty'));
  if (summary.length > 4000) issues.push(issueAt('summary', 'must be at most 4000 characters'));
  const legalBasis = input.legalBasis?.trim() || null;
  if (legalBasis && legalBasis.length > 1000) issues.push(issueAt('legalBasis', 'must be at most 1000 characters'));
  const { amount, currency } = fineOf(input, issues);
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: {
      kind: input.kind,
      findingIds,
      decidedOn: decidedOn!,
      effectiveFrom,
      effectiveUntil,
      amount,
      currency,
      legalBasis,
      summary,
      published: input.published ?? false,
    },
  };
}

/** A FINE carries an amount and its ISO 4217 currency; no other kind carries either. */
function fineOf(input: EnforcementActionInput, issues: ValidationIssue[]) {
  const given = { amount: input.amount?.trim() || null, currency: input.currency?.trim().toUpperCase() || null };
  if (input.kind !== 'FINE') {
    if (given.amount) issues.push(issueAt('amount', `only a FINE has an amount, not a ${input.kind}`));
    if (given.currency) issues.push(issueAt('currency', `only a FINE has a currency, not a ${input.kind}`));
    return { amount: null, currency: null };
  }
  let amount: string | null = null;
  if (!given.amount) issues.push(issueAt('amount', 'is required for a FINE'));
  else {
    const parsed = parseAmount(given.amount);
    if (parsed.ok) amount = parsed.amount;
    else issues.push(issueAt('amount', parsed.message));
  }
  if (!given.currency) issues.push(issueAt('currency', 'is required for a FINE (ISO 4217, e.g. BDT)'));
  else if (!/^[A-Z]{3}$/.test(given.currency) || !CURRENCIES.has(given.currency))
    issues.push(issueAt('currency', `must be an ISO 4217 currency code, e.g. BDT (got ${given.currency})`));
  return { amount, currency: given.currency };
}
