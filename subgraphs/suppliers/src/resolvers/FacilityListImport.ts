import type { FilterQuery } from '@mikro-orm/core';
import { paginate } from '../../../../runtime/pagination';
import { FacilityListImportRow as Row } from '../entities/facility-list-import-row.entity';
import type { FacilityListImportResolvers } from '../__generated__/resolvers-types';

export const FacilityListImport: FacilityListImportResolvers = {
  organization: async (listImport, _args, { loaders }) => (await loaders.organization.load(listImport.organization.id))!,
  counts: (listImport) => ({
    new: listImport.newCount,
    matched: listImport.matchedCount,
    potentialMatch: listImport.potentialMatchCount,
    error: listImport.errorCount,
  }),
  rows: (listImport, { first, after, filter }, { em }) => {
    const conditions: FilterQuery<Row>[] = [{ listImport: listImport.id }];
    if (filter?.outcome?.length) conditions.push({ outcome: { $in: filter.outcome } });
    if (filter?.pending === true) conditions.push({ outcome: 'POTENTIAL_MATCH', resolution: null });
    if (filter?.pending === false) conditions.push({ $or: [{ outcome: { $ne: 'POTENTIAL_MATCH' } }, { resolution: { $ne: null } }] });
    return paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(Row, { $and: conditions }, { limit, offset, orderBy: { rowNumber: 'asc' } }),
    );
  },
};
