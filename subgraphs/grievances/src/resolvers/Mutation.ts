import type { MutationResolvers } from '../__generated__/resolvers-types';
import { answerComplainantQuestion } from '../mutations/answer';
import { escalateGrievance } from '../mutations/escalation';
import { linkGrievanceToFacility } from '../mutations/facility-link';
import { correctGrievanceMechanism } from '../mutations/mechanism-correction';
import { askComplainant } from '../mutations/question';
import { recordRemediation } from '../mutations/remediation';
import { submitGrievance } from '../mutations/submission';
import { summarizeGrievance } from '../mutations/summary';
import { acceptGrievanceTransfer, declineGrievanceTransfer, withdrawGrievanceTransfer } from '../mutations/transfer';
import { transitionGrievance } from '../mutations/transition';
import { withdrawGrievance } from '../mutations/withdrawal';

export const Mutation: MutationResolvers = {
  submitGrievance: (_parent, { input, idempotencyKey }, context) => submitGrievance(context, input, idempotencyKey),
  transitionGrievance: (_parent, args, context) => transitionGrievance(context, args),
  escalateGrievance: (_parent, args, context) => escalateGrievance(context, args),
  correctGrievanceMechanism: (_parent, args, context) => correctGrievanceMechanism(context, args),
  withdrawGrievance: (_parent, args, context) => withdrawGrievance(context, args),
  recordRemediation: (_parent, args, context) => recordRemediation(context, args),
  linkGrievanceToFacility: (_parent, args, context) => linkGrievanceToFacility(context, args),
  acceptGrievanceTransfer: (_parent, args, context) => acceptGrievanceTransfer(context, args),
  declineGrievanceTransfer: (_parent, args, context) => declineGrievanceTransfer(context, args),
  withdrawGrievanceTransfer: (_parent, args, context) => withdrawGrievanceTransfer(context, args),
  summarizeGrievance: (_parent, args, context) => summarizeGrievance(context, args),
  askComplainant: (_parent, args, context) => askComplainant(context, args),
  answerComplainantQuestion: (_parent, args, context) => answerComplainantQuestion(context, args),
};
