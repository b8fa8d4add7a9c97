import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { Agreement } from './Agreement';
import { AgreementParty } from './AgreementParty';
import { CaseRules } from './CaseRules';
import { CategorySharing } from './CategorySharing';
import { Convention } from './Convention';
import { Country } from './Country';
import { Finding } from './Finding';
import { GrievanceMechanism } from './GrievanceMechanism';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Ratification } from './Ratification';
import { SharingClause } from './SharingClause';
import { SharingGrant } from './SharingGrant';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  AuditTrail,
  Country,
  CategorySharing,
  SharingGrant,
  Convention,
  Ratification,
  Agreement,
  AgreementParty,
  SharingClause,
  GrievanceMechanism,
  CaseRules,
  Finding,
};
