import { z } from 'zod';
import { badUserInput } from '../../../../runtime/errors';
import type { Context } from '../context';
import type { GrievanceStatus } from '../domain';
import { Remediation } from '../entities/remediation.entity';
import type { RemediationInput } from '../__generated__/resolvers-types';
import { canHandle } from '../visibility';
import { addEvent } from './case-file';
import { changeCase, userError, visibleById } from './case-change';

const money = (label: string) =>
  z
    .object({
      amount: z.string().trim().regex(/^\d{1,12}(\.\d{1,2})?$/, `${label} amount must be a decimal number with at most 2 decimals, e.g. 1250.50`),
      currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, `${label} currency must be an ISO 4217 code such as BDT or USD`),
    })
    .nullish();

const remediationSchema = z.object({
  actionsAgreed: z.array(z.string().trim().min(1, 'an action must not be empty').max(1000, 'an action must be at most 1,000 characters')).min(1, 'name at least one action').max(50, 'at most 50 actions'),
  backPay: money('backPay'),
  compensation: money('compensation'),
  workersReinstated: z.number().int().min(0, 'workersReinstated cannot be negative').max(1_000_000).nullish(),
  verified: z.boolean().nullish(),
});

/** A remedy exists once agreed; recording it earlier would claim more than the case shows. */
const REMEDY_STATUSES: readonly GrievanceStatus[] = ['REMEDIATION_AGREED', 'REMEDIATION_IN_PROGRESS', 'RESOLVED', 'ESCALATED'];

export function recordRemediation(context: Context, args: { grievanceId: string; input: RemediationInput }) {
  const parsed = remediationSchema.safeParse(args.input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: ['input', ...issue.path.map(String)], message: issue.message }));
    throw badUserInput(`The remediation was not recorded: ${issues.map((issue) => issue.message).join('; ')}`, { issues });
  }
  const input = parsed.data;
  let recorded: Remediation | null = null;
  return changeCase(
    context,
    {
      operation: 'recordRemediation',
      find: visibleById(context, args.grievanceId),
      notFound: userError('NOT_FOUND', `No grievance ${args.grievanceId} that you may see`, ['grievanceId']),
      mayAct: canHandle,
      forbiddenMessage: 'Only the organisation handling this case or the regulator of its jurisdiction may record its remediation',
    },
    async (tx, grievance) => {
      if (!REMEDY_STATUSES.includes(grievance.status)) {
        return userError('CONFLICT', `A remedy can be recorded once it is agreed; the case is ${grievance.status}`, ['grievanceId']);
      }
      const now = context.clock.now();
      recorded = (await tx.findOne(Remediation, { grievance: grievance.id })) ?? tx.create(Remediation, { grievance, recordedAt: now, actionsAgreed: input.actionsAgreed });
      recorded.actionsAgreed = input.actionsAgreed;
      recorded.backPayAmount = input.backPay?.amount ?? null;
      recorded.backPayCurrency = input.backPay?.currency ?? null;
      recorded.compensationAmount = input.compensation?.amount ?? null;
      recorded.compensationCurrency = input.compensation?.currency ?? null;
      recorded.workersReinstated = input.workersReinstated ?? null;
      recorded.recordedAt = now;
      recorded.recordedByOrganizationId = context.principal.organizationId;
      // verified: true records who verified; false withdraws a verification; absent keeps it.
      if (input.verified === true) Object.assign(recorded, { verifiedByOrganizationId: context.principal.organizationId, verifiedAt: now });
      if (input.verified === false) Object.assign(recorded, { verifiedByOrganizationId: null, verifiedAt: null });
      addEvent(tx, grievance, {
        kind: 'REMEDIATION_RECORDED',
        at: now,
        actor: { role: context.principal.role, organizationId: context.principal.organizationId },
        note: `${input.actionsAgreed.length} action(s) agreed${input.verified ? '; verified' : ''}.`,
      });
      return null;
    },
  ).then((result) => ({ ...result, remediation: result.userErrors.length ? null : recorded }));
}
