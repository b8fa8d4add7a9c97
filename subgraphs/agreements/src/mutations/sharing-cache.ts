import { sharingCacheKey } from '../../../../runtime/sharing';
import type { Context } from '../context';
import { AgreementParty } from '../entities/agreement-party.entity';

/**
 * After a committed change to who is party to an agreement, what it shares or whether it is in
 * force, the cached grants of every country party are stale: drop them so the next request asks
 * again. A cache failure only delays the change by the cache's lifetime.
 */
export async function invalidateSharing(context: Context, agreementId: string): Promise<void> {
  const parties = await context.em.fork().find(AgreementParty, { agreement: agreementId, countryCode: { $ne: null } });
  const keys = [...new Set(parties.map((party) => sharingCacheKey(party.countryCode!)))];
  if (keys.length) await context.cache.delete(...keys);
}
