import type { PermissionRule } from '../../../runtime/permissions';
import type { Context } from './context';
import type { Grievance } from './entities/grievance.entity';
import { canReadComplainantIdentity, canSeeGrievance } from './visibility';

/** Row rules named by @allow in schema.graphql. Lookups already filter rows; these guard every path to a field. */
export const permissionRules: Record<string, PermissionRule<Context>> = {
  grievanceReader: (grievance: Grievance, context) =>
    canSeeGrievance(context.principal, grievance) || context.filedInThisRequest.has(grievance.id),
  grievanceTextReader: (grievance: Grievance, context) => canSeeGrievance(context.principal, grievance),
  complainantIdentityReader: (grievance: Grievance, context) => canReadComplainantIdentity(context.principal, grievance),
};
