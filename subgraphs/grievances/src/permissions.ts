import type { PermissionRule } from '../../../runtime/permissions';
import type { Context } from './context';
import type { Grievance } from './entities/grievance.entity';
import { canReadComplainantIdentity, canSeeGrievance, seenAsFacilityOwner } from './visibility';

/** The visibility rule, plus the cases of facilities this request showed the caller to own (Facility.grievances). */
const canSee = (grievance: Grievance, { principal, ownedFacilities }: Context) =>
  canSeeGrievance(principal, grievance) || seenAsFacilityOwner(principal, grievance, ownedFacilities);

/** Row rules named by @allow in schema.graphql. Lookups already filter rows; these guard every path to a field. */
export const permissionRules: Record<string, PermissionRule<Context>> = {
  grievanceReader: (grievance: Grievance, context) =>
    canSee(grievance, context) || context.filedInThisRequest.has(grievance.id),
  grievanceTextReader: (grievance: Grievance, context) => canSee(grievance, context),
  complainantIdentityReader: (grievance: Grievance, context) =>
    canReadComplainantIdentity(context.principal, grievance),
};
