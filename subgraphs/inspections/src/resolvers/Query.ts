import type { FilterQuery } from '@mikro-orm/core';
import { paginate } from '../../../../runtime/pagination';
import { CorrectiveAction } from '../entities/corrective-action.entity';
import { WITH_PARENTS } from '../loaders';
import { Inspection } from '../entities/inspection.entity';
import { complianceStats } from '../queries/compliance-stats';
import { correctiveActionConditions, inspectionConditions } from '../queries/filters';
import { enforcementActions } from '../queries/enforcement-actions';
import { reportAccessRequests } from '../queries/report-access';
import { schemeCodes } from '../../../../vocabulary/audit-schemes';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { visibleInspections } from '../visibility';

export const Query: QueryResolvers = {
  inspection: (_parent, { id }, { loaders }) => loaders.inspection.load(id),

  inspections: (_parent, { first, after, filter }, { em, principal }) => {
    const where: FilterQuery<Inspection> = {
      $and: [visibleInspections(principal, em), ...inspectionConditions(filter)],
    };
    return paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(Inspection, where, { limit, offset, orderBy: { endedOn: 'desc', id: 'desc' } }),
    );
  },

  correctiveActions: (_parent, { first, after, filter }, { em, principal, clock }) => {
    const where: FilterQuery<CorrectiveAction> = {
      $and: [{ inspection: visibleInspections(principal, em) }, ...correctiveActionConditions(filter, clock.now())],
    };
    return paginate({ first, after }, ({ limit, offset }) =>
      em.findAndCount(CorrectiveAction, where, {
        limit,
        offset,
        populate: WITH_PARENTS,
        orderBy: { dueOn: 'asc', id: 'asc' },
      }),
    );
  },

  complianceStats: (_parent, { groupBy, filter }, { em, principal }) =>
    complianceStats(em, visibleInspections(principal, em), groupBy ?? [], filter ?? {}),

  auditSchemeCodes: (_parent, { scheme, area }) => schemeCodes({ scheme, area }),

  reportAccessRequests: (_parent, args, { em, principal }) => reportAccessRequests(em, principal, args),

  reportAccessGrant: (_parent, { id }, { loaders }) => loaders.reportAccessGrant.load(id),

  enforcementActions: (_parent, args, { em, principal }) => enforcementActions(em, principal, args),

  enforcementAction: (_parent, { id }, { loaders }) => loaders.enforcementAction.load(id),
};
