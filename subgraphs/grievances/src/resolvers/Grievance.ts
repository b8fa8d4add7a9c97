import { badUserInput } from '../../../../runtime/errors';
import { allowedNextStatuses, deadlineState, isOverdue, nextDeadline, progressOf, rulesOfCase } from '../domain';
import type { Grievance as GrievanceEntity } from '../entities/grievance.entity';
import type { Context } from '../context';
import type { GrievanceResolvers, Role } from '../__generated__/resolvers-types';
import { canReadInternalEvents } from '../visibility';

const reference = (id: string | null) => (id ? { id } : null);

/** Confidential fields are released only after their read is in the audit log. */
async function audited<Value>(
  grievance: GrievanceEntity,
  field: string,
  { loaders }: Context,
  value: () => Value | Promise<Value>,
) {
  await loaders.auditedRead.load({
    operation: `read:Grievance.${field}`,
    target: `Grievance:${grievance.id}`,
    country: grievance.facilityCountry,
  });
  return value();
}

const deadlinesOf = (grievance: GrievanceEntity, now: Date) =>
  deadlineState(grievance.rules, progressOf(grievance), grievance.status, now).deadlines;

const shownDeadlines = (grievance: GrievanceEntity, now: Date) => {
  const deadlines = deadlinesOf(grievance, now);
  const escalations = grievance.escalations ?? {};
  return {
    ...deadlines,
    steps: deadlines.steps.map((step) => ({ ...step, completedAt: step.completedAt ?? null })),
    schedule: deadlines.schedule.map((step) => ({
      ...step,
      completedAt: step.completedAt ?? null,
      escalatedAt: escalations[step.name] ? new Date(escalations[step.name]!) : null,
    })),
  };
};

export const Grievance: GrievanceResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.grievance.load(id),
  facility: (grievance) => reference(grievance.facilityId),
  recruitmentAgency: (grievance) => reference(grievance.recruitmentAgencyId),
  reportedFacility: (grievance) =>
    grievance.reportedFacilityName
      ? { name: grievance.reportedFacilityName, country: { code: grievance.facilityCountry } }
      : null,
  facilityCountry: (grievance) => ({ code: grievance.facilityCountry }),
  filingOrganization: (grievance) => reference(grievance.filingOrganizationId),
  complainantIdentity: (grievance, _args, context) =>
    audited(
      grievance,
      'complainantIdentity',
      context,
      async () => (await context.loaders.confidential.load(grievance.id)).complainantIdentity,
    ),
  contact: (grievance, _args, context) =>
    audited(grievance, 'contact', context, async () => (await context.loaders.confidential.load(grievance.id)).contact),
  description: (grievance, _args, context) => audited(grievance, 'description', context, () => grievance.description),
  retaliationAgainst: (grievance, _args, { loaders }) =>
    grievance.retaliationOf ? loaders.grievance.load(grievance.retaliationOf) : null,
  isRetaliation: (grievance) => Boolean(grievance.retaliationOf),
  retaliationCases: (grievance, _args, { loaders }) => loaders.retaliationCases.load(grievance.id),
  allowedTransitions: (grievance) => [...allowedNextStatuses(grievance.status)],
  handler: (grievance) => reference(grievance.handlerOrganizationId),
  agreement: (grievance) => reference(grievance.agreementId),
  mechanism: (grievance) => rulesOfCase(grievance.rules, grievance.facilityCountry),
  deadlines: (grievance, _args, { clock }) => shownDeadlines(grievance, clock.now()),
  overdue: (grievance, _args, { clock }) =>
    isOverdue(
      deadlinesOf(grievance, clock.now()),
      grievance.status,
      grievance.acknowledgedAt,
      grievance.respondedAt,
      clock.now(),
    ),
  nextDeadline: (grievance, _args, { clock }) =>
    nextDeadline(deadlinesOf(grievance, clock.now()), grievance.status, clock.now(), grievance),
  timeline: async (grievance, { last }, { loaders, principal }) => {
    if (last != null && (!Number.isInteger(last) || last < 0 || last > 100))
      throw badUserInput('last must be between 0 and 100', { argument: 'last' });
    const internal = canReadInternalEvents(principal, grievance);
    const events = await loaders.timeline.load(`${grievance.id}|${internal ? 'internal' : 'public'}`);
    return (last == null ? events : last === 0 ? [] : events.slice(-last)).map((event) => ({ event, internal }));
  },
  remediation: (grievance, _args, { loaders }) => loaders.remediation.load(grievance.id),
  dialogue: (grievance, _args, context) =>
    audited(grievance, 'dialogue', context, () => context.loaders.dialogue.load(grievance.id)),
  pendingTransfer: (grievance) =>
    grievance.transferFacilityId && grievance.transferCountry && grievance.transferRequestedAt
      ? {
          facility: { id: grievance.transferFacilityId },
          country: { code: grievance.transferCountry },
          requestedAt: grievance.transferRequestedAt,
          requestedByRole: grievance.transferRequestedByRole as Role,
          requestedBy: reference(grievance.transferRequestedByOrganizationId),
          note: grievance.transferNote,
        }
      : null,
};
