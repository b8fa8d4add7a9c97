import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { rejectInvalid } from '../../../../runtime/mutation';
import { paginate } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import type { AgreementFilter } from '../__generated__/resolvers-types';
import { Issues } from '../domain/validation';
import { Agreement } from '../entities/agreement.entity';
import { visibleAgreements } from '../visibility';

/** The `agreements(filter)` argument as SQL conditions (every part is a subquery or a column test). */
export function agreementConditions(filter: AgreementFilter | null | undefined): FilterQuery<Agreement> {
  if (!filter) return {};
  const issues = new Issues([]);
  const conditions: FilterQuery<Agreement>[] = [];
  const party = (condition: Record<string, unknown>): FilterQuery<Agreement> => ({ parties: { $some: condition } });
  if (filter.country != null) conditions.push(party({ countryCode: issues.country('filter.country', filter.country) }));
  if (filter.countries) {
    if (filter.countries.length > 10) issues.add('filter.countries', 'at most 10 countries');
    // Bound by the agreement: each listed country is a signatory.
    filter.countries.forEach((code, index) => {
      conditions.push(party({ countryCode: issues.country(`filter.countries[${index}]`, code), role: 'SIGNATORY' }));
    });
  }
  if (filter.kind?.length) conditions.push({ kind: { $in: filter.kind } });
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter.convention != null) {
    conditions.push({
      conventions: { $some: { conventionCode: issues.convention('filter.convention', filter.convention) } },
    });
  }
  if (filter.provision != null) conditions.push({ provisions: { $some: { kind: filter.provision } } });
  if (filter.organization != null) conditions.push(party({ organizationId: filter.organization.trim() }));
  rejectInvalid('Invalid filter', issues.list);
  return conditions.length ? { $and: conditions } : {};
}

/** One page of the agreements the caller may see, by title. */
export function listAgreements(
  em: EntityManager,
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: AgreementFilter | null },
) {
  const where = { $and: [agreementConditions(args.filter), visibleAgreements(principal)] };
  return paginate(args, ({ limit, offset }) =>
    em.findAndCount(Agreement, where, { limit, offset, orderBy: { title: 'asc', id: 'asc' } }),
  );
}
