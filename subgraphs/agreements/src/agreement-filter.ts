import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../runtime/errors';
import type { AgreementFilter } from './__generated__/resolvers-types';
import { Issues } from './domain/validation';
import type { Agreement } from './entities/agreement.entity';

/** The `agreements(filter)` argument as SQL conditions (every part is a subquery or a column test). */
export function agreementConditions(filter: AgreementFilter | null | undefined): FilterQuery<Agreement> {
  if (!filter) return {};
  const issues = new Issues();
  const conditions: FilterQuery<Agreement>[] = [];
  if (filter.country != null) conditions.push({ parties: { $some: { countryCode: issues.country('filter.country', filter.country) } } });
  if (filter.countries) {
    if (filter.countries.length > 10) issues.add('filter.countries', 'at most 10 countries');
    // Bound by the agreement: each listed country is a signatory.
    filter.countries.forEach((code, index) => {
      conditions.push({ parties: { $some: { countryCode: issues.country(`filter.countries[${index}]`, code), role: 'SIGNATORY' } } });
    });
  }
  if (filter.kind?.length) conditions.push({ kind: { $in: filter.kind } });
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter.convention != null) conditions.push({ conventions: { $some: { conventionCode: issues.convention('filter.convention', filter.convention) } } });
  if (filter.provision != null) conditions.push({ provisions: { $some: { kind: filter.provision } } });
  if (filter.organization != null) conditions.push({ parties: { $some: { organizationId: filter.organization.trim() } } });
  if (!issues.ok) throw badUserInput(`Invalid filter: ${issues.list.map((issue) => issue.message).join('; ')}`, { issues: issues.list });
  return conditions.length ? { $and: conditions } : {};
}
