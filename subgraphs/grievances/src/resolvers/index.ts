import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { CaseMessage } from './CaseMessage';
import { ComplainantQuestion } from './ComplainantQuestion';
import { Facility } from './Facility';
import { Grievance } from './Grievance';
import { GrievanceEvent } from './GrievanceEvent';
import { GrievanceSummary } from './GrievanceSummary';
import { GrievanceTracking } from './GrievanceTracking';
import { MechanismRules } from './MechanismRules';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Remediation } from './Remediation';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Grievance,
  GrievanceEvent,
  GrievanceTracking,
  ComplainantQuestion,
  CaseMessage,
  GrievanceSummary,
  Facility,
  MechanismRules,
  Remediation,
  AuditTrail,
};
