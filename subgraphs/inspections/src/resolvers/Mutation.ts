import { payloadOf, type MutationOutcome } from '../../../../runtime/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { cosignInspection } from '../mutations/cosign-inspection';
import { addCorrectiveAction, updateCorrectiveAction, verifyCorrectiveAction } from '../mutations/corrective-actions';
import { disputeFinding } from '../mutations/dispute-finding';
import {
  changeEnforcementActionAppeal,
  recordEnforcementAction,
  setEnforcementActionPublication,
} from '../mutations/enforcement-actions';
import { changeDisclosure, publishInspection } from '../mutations/publication';
import { grantReportAccess, revokeReportAccess } from '../mutations/report-access-grants';
import {
  decideReportAccessRequest,
  requestReportAccess,
  withdrawReportAccessRequest,
} from '../mutations/report-access-requests';
import { submitInspection } from '../mutations/submit-inspection';

/* Payloads read what was written back through the caller's visibility, with loaders renewed after the write. */

const enforcementActionPayload = (context: Context, outcome: MutationOutcome<{ enforcementActionId: string }>) =>
  payloadOf(
    outcome,
    async ({ enforcementActionId }, replayed) => ({
      enforcementAction: await context.loaders.enforcementAction.load(enforcementActionId),
      replayed,
    }),
    { enforcementAction: null, replayed: false },
  );

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

const grantPayload = (context: Context, outcome: MutationOutcome<{ grantId: string }>) =>
  payloadOf(outcome, async ({ grantId }) => ({ grant: await context.loaders.reportAccessGrant.load(grantId) }), {
    grant: null,
  });

const requestPayload = (context: Context, outcome: MutationOutcome<{ requestId: string }>) =>
  payloadOf(
    outcome,
    async ({ requestId }, replayed) => ({
      request: await context.loaders.reportAccessRequest.load(requestId),
      replayed,
    }),
    { request: null, replayed: false },
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

  cosignInspection: async (_parent, { id }, context) => inspectionPayload(context, await cosignInspection(context, id)),

  disputeFinding: async (_parent, { input }, context) =>
    payloadOf(
      await disputeFinding(context, input),
      async ({ findingId }) => ({ finding: await context.loaders.finding.load(findingId) }),
      { finding: null },
    ),

  grantReportAccess: async (_parent, { input, idempotencyKey }, context) =>
    grantPayload(context, await grantReportAccess(context, input, idempotencyKey)),

  revokeReportAccess: async (_parent, { input }, context) =>
    grantPayload(context, await revokeReportAccess(context, input)),

  requestReportAccess: async (_parent, { input, idempotencyKey }, context) =>
    requestPayload(context, await requestReportAccess(context, input, idempotencyKey)),

  decideReportAccessRequest: async (_parent, { input }, context) =>
    requestPayload(context, await decideReportAccessRequest(context, input)),

  withdrawReportAccessRequest: async (_parent, { id }, context) =>
    requestPayload(context, await withdrawReportAccessRequest(context, id)),

  recordEnforcementAction: async (_parent, { input, idempotencyKey }, context) =>
    enforcementActionPayload(context, await recordEnforcementAction(context, input, idempotencyKey)),

  changeEnforcementActionAppeal: async (_parent, { input }, context) =>
    enforcementActionPayload(context, await changeEnforcementActionAppeal(context, input)),

  setEnforcementActionPublication: async (_parent, { id, published }, context) =>
    enforcementActionPayload(context, await setEnforcementActionPublication(context, id, published)),
};
