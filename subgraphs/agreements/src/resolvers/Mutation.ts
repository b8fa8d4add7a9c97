import type { MutationResolvers } from '../__generated__/resolvers-types';
import { addAgreementParty } from '../mutations/add-party';
import { addSharingClause } from '../mutations/add-sharing-clause';
import { amendAgreement } from '../mutations/amend-agreement';
import { changeAgreementStatus } from '../mutations/change-status';
import { createAgreement } from '../mutations/create-agreement';
import { recordRatification } from '../mutations/record-ratification';

/** Who may call these is declared on the Mutation type (@allow ADMIN or the agreementsWriter rule). */
export const Mutation: MutationResolvers = {
  createAgreement: (_parent, { input, idempotencyKey }, context) => createAgreement(context, input, idempotencyKey),
  amendAgreement: (_parent, { input, idempotencyKey }, context) => amendAgreement(context, input, idempotencyKey),
  addAgreementParty: (_parent, { input, idempotencyKey }, context) => addAgreementParty(context, input, idempotencyKey),
  addSharingClause: (_parent, { input, idempotencyKey }, context) => addSharingClause(context, input, idempotencyKey),
  changeAgreementStatus: (_parent, { input, idempotencyKey }, context) =>
    changeAgreementStatus(context, input, idempotencyKey),
  recordRatification: (_parent, { input, idempotencyKey }, context) =>
    recordRatification(context, input, idempotencyKey),
};
