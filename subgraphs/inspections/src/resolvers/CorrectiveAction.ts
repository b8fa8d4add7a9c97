import { notFound } from '../../../../runtime/errors';
import type { Context } from '../context';
import { isOverdue, toCalendarDay } from '../domain';
import type { CorrectiveAction as CorrectiveActionEntity } from '../entities/corrective-action.entity';
import { loadedOrFetch } from '../loaders';
import { dayStart } from '../queries/sql-values';
import type { CorrectiveActionResolvers } from '../__generated__/resolvers-types';

async function inspectionOf(action: CorrectiveActionEntity, { loaders }: Context) {
  const inspection = await loadedOrFetch(action.inspection, loaders.inspection);
  if (!inspection) throw notFound(`Inspection ${action.inspection.id} is not visible to you`);
  return inspection;
}

export const CorrectiveAction: CorrectiveActionResolvers = {
  finding: async (action, _args, { loaders }) => {
    const finding = await loadedOrFetch(action.finding, loaders.finding);
    if (!finding) throw notFound(`Finding ${action.finding.id} is not visible to you`);
    return finding;
  },
  inspection: (action, _args, context) => inspectionOf(action, context),
  facility: async (action, _args, context) => ({ id: (await inspectionOf(action, context)).facilityId }),
  overdue: (action, _args, { clock }) =>
    isOverdue({ dueOn: dayStart(action.dueOn), status: action.status }, clock.now()),
  verifiedBy: (action) => (action.verifiedById ? { id: action.verifiedById } : null),
  verifiedOn: (action) => (action.verifiedAt ? toCalendarDay(action.verifiedAt) : null),
};
