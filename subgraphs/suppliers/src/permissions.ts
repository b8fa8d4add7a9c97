import type { PermissionRule } from '../../../runtime/permissions';
import type { Principal } from '../../../runtime/principal';
import type { Context } from './context';
import type { Organization } from './entities/organization.entity';

/** Row rules named by `@allow(rule: …)` in schema.graphql. */
export const permissionRules: Record<string, PermissionRule<Context>> = {
  /** Members of the organisation itself. */
  ownOrganization: (organization: Organization, { principal }) =>
    principal.organizationId != null && principal.organizationId === organization.id,
};

/** Roles that upload facility lists, each for its own organisation; ADMIN for any. */
const UPLOADING_ROLES = new Set(['BRAND', 'SUPPLIER']);

export function mayImportFor(principal: Principal, organizationId: string): boolean {
  if (principal.role === 'ADMIN') return true;
  return UPLOADING_ROLES.has(principal.role) && principal.organizationId === organizationId;
}

/** Whose imports (and their rows) a caller may read and decide on: its organisation's; ADMIN all; `null` none. */
export function importsVisibleTo(principal: Principal): { organizationId?: string } | null {
  if (principal.role === 'ADMIN') return {};
  if (UPLOADING_ROLES.has(principal.role) && principal.organizationId)
    return { organizationId: principal.organizationId };
  return null;
}
