import type { Context } from '../context';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { addCorrectiveAction, updateCorrectiveAction, verifyCorrectiveAction } from '../services/corrective-actions';
import type { Outcome } from '../services/outcome';
import { changeDisclosure, disputeFinding, publishInspection } from '../services/publication';
import { submitInspection } from '../services/submission';

/** Turns a service outcome into a payload, reading what was written back through the caller's visibility. */
async function payload<Result, Node>(outcome: Outcome<Result>, load: (result: Result) => Promise<Node | null>) {
  if (!outcome.ok) return { node: null, userErrors: outcome.userErrors };
  return { node: await load(outcome.result), userErrors: [] };
}

const correctiveActionPayload = async (context: Context, outcome: Outcome<{ correctiveActionId: string }>) => {
  const { node, userErrors } = await payload(outcome, (result) => context.loaders.correctiveAction.load(result.correctiveActionId));
  return { correctiveAction: node, userErrors };
};
const inspectionPayload = async (context: Context, outcome: Outcome<{ inspectionId: string }>) => {
  const { node, userErrors } = await payload(outcome, (result) => context.loaders.inspection.load(result.inspectionId));
  return { inspection: node, userErrors };
};

export const Mutation: MutationResolvers = {
  submitInspection: async (_parent, { input, idempotencyKey }, context) => {
    const { result, replayed } = await submitInspection(context, input as unknown as Record<string, unknown>, idempotencyKey);
    return { inspection: await context.loaders.inspection.load(result.inspectionId), replayed, userErrors: [] };
  },

  addCorrectiveAction: async (_parent, { input, idempotencyKey }, context) => {
    const outcome = await addCorrectiveAction(context, input, idempotencyKey);
    return correctiveActionPayload(context, outcome.ok ? { ok: true, result: outcome.result.result } : outcome);
  },

  updateCorrectiveAction: async (_parent, { input }, context) => correctiveActionPayload(context, await updateCorrectiveAction(context, input)),

  verifyCorrectiveAction: async (_parent, { input }, context) => correctiveActionPayload(context, await verifyCorrectiveAction(context, input)),

  publishInspection: async (_parent, { id }, context) => inspectionPayload(context, await publishInspection(context, id)),

  changeDisclosure: async (_parent, { input }, context) => inspectionPayload(context, await changeDisclosure(context, input)),

  disputeFinding: async (_parent, { input }, context) => {
    const { node, userErrors } = await payload(await disputeFinding(context, input), (result) => context.loaders.finding.load(result.findingId));
    return { finding: node, userErrors };
  },
};
