import { payloadOf, type MutationOutcome } from '../../../../runtime/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { addCorrectiveAction, updateCorrectiveAction, verifyCorrectiveAction } from '../mutations/corrective-actions';
import { disputeFinding } from '../mutations/dispute-finding';
import { changeDisclosure, publishInspection } from '../mutations/publication';
import { submitInspection } from '../mutations/submit-inspection';

/* Payloads read what was written back through the caller's visibility, with loaders renewed after the write. */

const inspectionPayload = (context: Context, outcome: MutationOutcome<{ inspectionId: string }>) =>
  payloadOf(
    outcome,
    async ({ inspectionId }) => ({ inspection: await context.loaders.inspection.load(inspectionId) }),
    { inspection: null },
  );

const correctiveActionPayload = (context: Context, outcome: MutationOutcome<{ correctiveActionId: string }>) =>
  payloadOf(
    outcome,
    async ({ correctiveActionId }) => ({
      correctiveAction: await context.loaders.correctiveAction.load(correctiveActionId),
    }),
    { correctiveAction: null },
  );

export const Mutation: MutationResolvers = {
  submitInspection: async (_parent, { input, idempotencyKey }, context) => {
    const outcome = await submitInspection(context, input, idempotencyKey);
    return payloadOf(
      outcome,
      async ({ inspectionId }, replayed) => ({
        inspection: await context.loaders.inspection.load(inspectionId),
        replayed,
      }),
      { inspection: null, replayed: false },
    );
  },

  addCorrectiveAction: async (_parent, { input, idempotencyKey }, context) =>
    correctiveActionPayload(context, await addCorrectiveAction(context, input, idempotencyKey)),

  updateCorrectiveAction: async (_parent, { input }, context) =>
    correctiveActionPayload(context, await updateCorrectiveAction(context, input)),

  verifyCorrectiveAction: async (_parent, { input }, context) =>
    correctiveActionPayload(context, await verifyCorrectiveAction(context, input)),

  publishInspection: async (_parent, { id }, context) =>
    inspectionPayload(context, await publishInspection(context, id)),

  changeDisclosure: async (_parent, { input }, context) =>
    inspectionPayload(context, await changeDisclosure(context, input)),

  disputeFinding: async (_parent, { input }, context) =>
    payloadOf(
      await disputeFinding(context, input),
      async ({ findingId }) => ({ finding: await context.loaders.finding.load(findingId) }),
      { finding: null },
    ),
};
