import type { Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { Facility } from './Facility';
import { Organization } from './Organization';
import { Query } from './Query';
import { SupplyChainLink } from './SupplyChainLink';
import { Viewer } from './Viewer';

export const resolvers: Resolvers = { Query, Viewer, Organization, Facility, SupplyChainLink, AuditTrail };
