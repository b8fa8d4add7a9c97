import type { PermissionRule } from '../../../runtime/permissions';
import type { Principal, Role } from '../../../runtime/principal';
import type { Context } from './context';

/** Row rules named by `@allow(rule: …)` in schema.graphql: none; every type is read through `visibility.ts`. */
export const permissionRules: Record<string, PermissionRule<Context>> = {};

/** Who may subscribe: every signed-in role, each receiving what it may read; ADMIN for the platform. */
export const SUBSCRIBING_ROLES: readonly Role[] = [
  'BRAND',
  'SUPPLIER',
  'UNION',
  'REGULATOR',
  'AUDITOR',
  'CIVIL_SOCIETY',
  'ADMIN',
];

/** A subscription is its organisation's: a caller other than ADMIN must act for one. */
export const maySubscribe = (principal: Principal) =>
  SUBSCRIBING_ROLES.includes(principal.role) && (principal.role === 'ADMIN' || principal.organizationId !== null);
