import { z } from 'zod';
import { invalidInput, payloadOf, Refusal } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { REMEDY_STATUSES } from '../domain';
import { Remediation } from '../entities/remediation.entity';
import type { MutationRecordRemediationArgs } from '../__generated__/resolvers-types';
import { canHandle } from '../visibility';
import { actOnCase, caseAfter, caseNotFound, visibleCase } from './act-on-case';
import { actorOf, addEvent } from './case-file';

const money = (label: string) =>
  z
    .object({
      amount: z
        .string()
        .trim()
        .regex(
          /^\d{1,12}(\.\d{1,2})?$/,
          `${label} amount must be a decimal number with at most 2 decimals, e.g. 1250.50`,
        ),
      currency: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, `${label} currency must be an ISO 4217 code such as BDT or USD`),
    })
    .nullish();

const action = z
  .string()
  .trim()
  .min(1, 'an action must not be empty')
  .max(1000, 'an action must be at most 1,000 characters');

const remediationSchema = z.object({
  actionsAgreed: z.array(action).min(1, 'name at least one action').max(50, 'at most 50 actions'),
  backPay: money('backPay'),
  compensation: money('compensation'),
  workersReinstated: z.number().int().min(0, 'workersReinstated cannot be negative').max(1_000_000).nullish(),
  verified: z.boolean().nullish(),
});

type RemedyInput = z.output<typeof remediationSchema>;

function remedyOf(input: MutationRecordRemediationArgs['input']): RemedyInput {
  const parsed = remediationSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = parsed.error.issues.map((issue) => ({
    path: ['input', ...issue.path.map(String)],
    message: issue.message,
  }));
  return invalidInput('The remediation was not recorded', [first, ...rest]);
}

/** Records (or updates) a case's agreed remedy and its verification: the handler or the jurisdiction's regulator. */
export async function recordRemediation(context: Context, args: MutationRecordRemediationArgs) {
  const input = remedyOf(args.input);
  const { principal } = context;
  const outcome = await actOnCase(
    context,
    {
      operation: 'recordRemediation',
      find: visibleCase(context, args.grievanceId),
      notFound: caseNotFound(args.grievanceId, ['grievanceId']),
      mayAct: canHandle,
      forbiddenMessage:
        'Only the organisation handling this case or the regulator of its jurisdiction may record its remediation',
    },
    async (tx, grievance) => {
      if (!REMEDY_STATUSES.includes(grievance.status)) {
        throw new Refusal('CONFLICT', `A remedy can be recorded once it is agreed; the case is ${grievance.status}`, [
          'grievanceId',
        ]);
      }
      const now = context.clock.now();
      const remedy =
        (await tx.findOne(Remediation, { grievance: grievance.id })) ??
        tx.create(Remediation, { grievance, recordedAt: now, actionsAgreed: input.actionsAgreed });
      Object.assign(remedy, {
        actionsAgreed: input.actionsAgreed,
        backPayAmount: input.backPay?.amount ?? null,
        backPayCurrency: input.backPay?.currency ?? null,
        compensationAmount: input.compensation?.amount ?? null,
        compensationCurrency: input.compensation?.currency ?? null,
        workersReinstated: input.workersReinstated ?? null,
        recordedAt: now,
        recordedByOrganizationId: principal.organizationId,
      });
      // verified: true records who verified; false withdraws a verification; absent keeps it.
      if (input.verified === true)
        Object.assign(remedy, { verifiedByOrganizationId: principal.organizationId, verifiedAt: now });
      if (input.verified === false) Object.assign(remedy, { verifiedByOrganizationId: null, verifiedAt: null });
      const note = `${input.actionsAgreed.length} action(s) agreed${input.verified ? '; verified' : ''}.`;
      addEvent(tx, grievance, { kind: 'REMEDIATION_RECORDED', at: now, actor: actorOf(principal), note });
    },
  );
  const grievance = await caseAfter(context, outcome, args.grievanceId);
  return payloadOf(
    outcome,
    async () => ({ grievance, remediation: await context.loaders.remediation.load(args.grievanceId) }),
    { grievance, remediation: null },
  );
}
