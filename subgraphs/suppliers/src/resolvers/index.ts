import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { Facility } from './Facility';
import { FacilityListImport } from './FacilityListImport';
import { FacilityListImportRow } from './FacilityListImportRow';
import { FacilityMatchCandidate } from './FacilityMatchCandidate';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { Query } from './Query';
import { RecruitmentChannel } from './RecruitmentChannel';
import { RecruitmentCorridor } from './RecruitmentCorridor';
import { RecruitmentLicence } from './RecruitmentLicence';
import { SupplyChainLink } from './SupplyChainLink';
import { SupplyChainNode } from './SupplyChainNode';
import { SupplyChainTierChange } from './SupplyChainTierChange';
import { Viewer } from './Viewer';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Viewer,
  Organization,
  Facility,
  SupplyChainLink,
  SupplyChainNode,
  SupplyChainTierChange,
  AuditTrail,
  FacilityListImport,
  FacilityListImportRow,
  FacilityMatchCandidate,
  RecruitmentLicence,
  RecruitmentChannel,
  RecruitmentCorridor,
};
