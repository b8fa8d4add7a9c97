import type { FilterQuery } from '@mikro-orm/core';
import type { Principal } from '../../../runtime/principal';
import type { Agreement } from './entities/agreement.entity';
import { mayWriteAgreements } from './permissions';

/**
 * Which agreements a caller may see, as a query condition: everything but drafts for everyone
 * (agreements are public); a draft under negotiation only for agreement writers, the
 * regulators of a country that is a party to it, and the members of a party organisation.
 */
export function visibleAgreements(principal: Principal): FilterQuery<Agreement> {
  if (mayWriteAgreements(principal)) return {};
  const visible: FilterQuery<Agreement>[] = [{ status: { $ne: 'DRAFT' } }];
  if (principal.role === 'REGULATOR' && principal.country)
    visible.push({ parties: { $some: { countryCode: principal.country } } });
  if (principal.organizationId) visible.push({ parties: { $some: { organizationId: principal.organizationId } } });
  return visible.length === 1 ? visible[0] : { $or: visible };
}
