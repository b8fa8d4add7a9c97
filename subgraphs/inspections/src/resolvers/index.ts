import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { ComplianceStatsRow } from './ComplianceStatsRow';
import { CorrectiveAction } from './CorrectiveAction';
import { EnforcementAction } from './EnforcementAction';
import { Facility } from './Facility';
import { FacilityCompliance } from './FacilityCompliance';
import { Finding } from './Finding';
import { Inspection } from './Inspection';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { SchemeCode } from './SchemeCode';
import { ReportAccessGrant } from './ReportAccessGrant';
import { ReportAccessRequest } from './ReportAccessRequest';
import { SeverityCounts } from './SeverityCounts';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditTrail,
  Facility,
  FacilityCompliance,
  SeverityCounts,
  ComplianceStatsRow,
  Inspection,
  Finding,
  CorrectiveAction,
  SchemeCode,
  ReportAccessGrant,
  ReportAccessRequest,
  EnforcementAction,
};
