import type { MutationResolvers } from '../__generated__/resolvers-types';
import { confirmFacilityMatch, rejectFacilityMatch } from '../mutations/facility-match-decisions';
import { importFacilityList } from '../mutations/import-facility-list';
import { mergeFacilities } from '../mutations/merge-facilities';
import { recordFacilityMove } from '../mutations/record-facility-move';
import { registerRecruitmentAgency } from '../mutations/recruitment-agencies';
import { endRecruitmentAgencyLink, linkRecruitmentAgency } from '../mutations/recruitment-channels';
import { changeSupplyChainTier, endSupplyChainLink } from '../mutations/supply-chain-changes';
import {
  confirmSupplyChainLink,
  declineSupplyChainLink,
  proposeSupplyChainLink,
} from '../mutations/supply-chain-proposals';

export const Mutation: MutationResolvers = {
  importFacilityList: (_parent, { input, idempotencyKey }, context) =>
    importFacilityList(context, input, idempotencyKey),
  confirmFacilityMatch: (_parent, { rowId, facilityId }, context) => confirmFacilityMatch(context, rowId, facilityId),
  rejectFacilityMatch: (_parent, { rowId }, context) => rejectFacilityMatch(context, rowId),
  mergeFacilities: (_parent, { survivorId, duplicateId }, context) => mergeFacilities(context, survivorId, duplicateId),
  recordFacilityMove: (_parent, { facilityId, successorId }, context) =>
    recordFacilityMove(context, facilityId, successorId),
  proposeSupplyChainLink: (_parent, { input, idempotencyKey }, context) =>
    proposeSupplyChainLink(context, input, idempotencyKey),
  confirmSupplyChainLink: (_parent, { id }, context) => confirmSupplyChainLink(context, id),
  declineSupplyChainLink: (_parent, { id, reason }, context) => declineSupplyChainLink(context, id, reason),
  endSupplyChainLink: (_parent, { input }, context) => endSupplyChainLink(context, input),
  changeSupplyChainTier: (_parent, { input }, context) => changeSupplyChainTier(context, input),
  registerRecruitmentAgency: (_parent, { input, idempotencyKey }, context) =>
    registerRecruitmentAgency(context, input, idempotencyKey),
  linkRecruitmentAgency: (_parent, { input, idempotencyKey }, context) =>
    linkRecruitmentAgency(context, input, idempotencyKey),
  endRecruitmentAgencyLink: (_parent, { id }, context) => endRecruitmentAgencyLink(context, id),
};
