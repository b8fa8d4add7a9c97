import type { EntityManager } from '@mikro-orm/core';
import { audit } from '../../../../runtime/audit';
import type { Context } from '../context';
import { AgreementParty } from '../entities/agreement-party.entity';

/**
 * Audits a change to an agreement once per country party, so each jurisdiction's regulators find
 * it among their own entries; an agreement between organisations only gets one entry without a
 * country. Written in the change's transaction.
 */
export async function auditAgreementChange(context: Context, tx: EntityManager, operation: string, agreementId: string, extraCountries: string[] = []) {
  const parties = await tx.find(AgreementParty, { agreement: agreementId, countryCode: { $ne: null } });
  const countries = [...new Set([...parties.map((party) => party.countryCode!), ...extraCountries])].sort();
  const target = `Agreement:${agreementId}`;
  if (countries.length === 0) return audit(context, { operation, target }, tx);
  for (const country of countries) await audit(context, { operation, target, country }, tx);
}
