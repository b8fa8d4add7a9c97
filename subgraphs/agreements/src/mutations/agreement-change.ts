import type { EventDraft } from '../../../../runtime/events';
import { payloadOf, type AuditedTarget, type MutationOutcome } from '../../../../runtime/mutation';
import type { Context } from '../context';

/** What a write to an agreement records: the agreement, and its country parties for the audit. */
export interface AgreementChange extends Record<string, unknown> {
  agreementId: string;
  /** Country parties (sorted), each of whose regulators reads the audit entry. */
  countries: string[];
}

/** The distinct country codes among `parties`, sorted. */
export const countriesOf = (parties: readonly { countryCode: string | null }[]) =>
  [...new Set(parties.flatMap((party) => (party.countryCode ? [party.countryCode] : [])))].sort();

/** Two edits of one agreement at once: the loser's version check or unique key fails. */
export const AGREEMENT_CONFLICT = 'The agreement was changed by someone else meanwhile; reload it and try again';

/**
 * A change to an agreement is audited once per country party, so each jurisdiction's regulators
 * find it among their own entries; an agreement between organisations gets one entry without one.
 */
export function auditedPerCountry({ agreementId, countries }: AgreementChange, operation?: string): AuditedTarget[] {
  const target = `Agreement:${agreementId}`;
  if (countries.length === 0) return [{ target, country: null, operation }];
  return countries.map((country) => ({ target, country, operation }));
}

/**
 * What the graph learns when the flows of data categories an agreement allows change: one event per
 * category, naming every country party (the regulators whose grants follow from it).
 */
export const sharingChanged = (
  { agreementId, countries }: AgreementChange,
  categories: readonly string[],
): EventDraft[] =>
  categories.map((category) => ({
    type: 'SHARING_CHANGED',
    subject: `Agreement:${agreementId}`,
    country: null,
    payload: { agreementId, category, countries },
  }));

/** The payload of an agreement mutation: the agreement as written, read through the caller's loaders. */
export const agreementPayload = (context: Context, outcome: MutationOutcome<AgreementChange>) =>
  payloadOf(outcome, async ({ agreementId }) => ({ agreement: await context.loaders.agreement.load(agreementId) }), {
    agreement: null,
  });
