import { paginate } from '../../../../runtime/pagination';
import type { FacilityListImportResolvers } from '../__generated__/resolvers-types';
import { findImportRows } from '../queries/list-imports';

export const FacilityListImport: FacilityListImportResolvers = {
  organization: async (listImport, _args, { loaders }) =>
    (await loaders.organization.load(listImport.organization.id))!,
  counts: (listImport) => ({
    new: listImport.newCount,
    matched: listImport.matchedCount,
    potentialMatch: listImport.potentialMatchCount,
    error: listImport.errorCount,
  }),
  rows: (listImport, { first, after, filter }, { em }) =>
    paginate({ first, after }, (page) => findImportRows(em, listImport.id, filter, page)),
};
