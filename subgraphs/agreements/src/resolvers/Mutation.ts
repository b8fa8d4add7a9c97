import type { MutationResolvers } from '../__generated__/resolvers-types';
import { amendAgreement } from '../write/amend-agreement';
import { changeAgreementStatus } from '../write/change-status';
import { createAgreement } from '../write/create-agreement';
import { addAgreementParty, addSharingClause } from '../write/parties-and-clauses';
import { recordRatification } from '../write/record-ratification';

/** Who may call these is declared on the Mutation type (@allow ADMIN or the agreementsWriter rule). */
export const Mutation: MutationResolvers = {
  createAgreement: (_parent, { input, idempotencyKey }, context) => createAgreement(context, input, idempotencyKey),
  amendAgreement: (_parent, { input, idempotencyKey }, context) => amendAgreement(context, input, idempotencyKey),
  addAgreementParty: (_parent, { input, idempotencyKey }, context) => addAgreementParty(context, input, idempotencyKey),
  addSharingClause: (_parent, { input, idempotencyKey }, context) => addSharingClause(context, input, idempotencyKey),
  changeAgreementStatus: (_parent, { input, idempotencyKey }, context) => changeAgreementStatus(context, input, idempotencyKey),
  recordRatification: (_parent, { input, idempotencyKey }, context) => recordRatification(context, input, idempotencyKey),
};
