import type { PermissionRule } from '../../../runtime/permissions';
import type { Context } from './context';
import type { Grievance } from './entities/grievance.entity';
import {
  canReadCaseText,
  canReadComplainantIdentity,
  canReadTransfer,
  canSeeGrievance,
  seenAsFacilityOwner,
} from './visibility';

/** The visibility rule, plus the cases of facilities this request showed the caller to own (Facility.grievances). */
const canSee = (grievance: Grievance, { principal, ownedFacilities }: Context) =>
  canSeeGrievance(principal, grievance) || seenAsFacilityOwner(principal, grievance, ownedFacilities);

/** The filer of this request reads what it just filed, also without an account. */
const filedNow = (grievance: Grievance, context: Context) => context.filedInThisRequest.has(grievance.id);

/** Row rules named by @allow in schema.graphql. Lookups already filter rows; these guard every path to a field. */
export const permissionRules: Record<string, PermissionRule<Context>> = {
  grievanceReader: (grievance: Grievance, context) => canSee(grievance, context) || filedNow(grievance, context),
  /** The complainant's words: the filer and those who handle the case, never the facility's owner. */
  caseTextReader: (grievance: Grievance, context) =>
    canReadCaseText(context.principal, grievance) || filedNow(grievance, context),
  /** The tracking code: the same readers (with code and secret the complainant uses grievanceStatus). */
  trackingCodeReader: (grievance: Grievance, context) =>
    canReadCaseText(context.principal, grievance) || filedNow(grievance, context),
  complainantIdentityReader: (grievance: Grievance, context) =>
    canReadComplainantIdentity(context.principal, grievance),
  transferReader: (grievance: Grievance, context) => canReadTransfer(context.principal, grievance),
};
