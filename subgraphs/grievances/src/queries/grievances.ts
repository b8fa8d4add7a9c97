import type { EntityManager } from '@mikro-orm/core';
import { paginate } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import { Grievance } from '../entities/grievance.entity';
import type { GrievanceFilter } from '../__generated__/resolvers-types';
import { visibleGrievances } from '../visibility';
import { grievanceConditions } from './filters';

/** Query.grievances: the cases the caller may see that match the filter, newest first. */
export function listGrievances(
  em: EntityManager,
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: GrievanceFilter | null },
  now: Date,
) {
  const where = { $and: [visibleGrievances(principal), ...grievanceConditions(args.filter, now)] };
  return paginate({ first: args.first, after: args.after }, ({ limit, offset }) =>
    em.findAndCount(Grievance, where, { limit, offset, orderBy: { filedAt: 'desc', id: 'asc' } }),
  );
}
