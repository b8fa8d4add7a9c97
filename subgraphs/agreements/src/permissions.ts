import type { Principal } from '../../../runtime/principal';
import type { PermissionRule } from '../../../runtime/permissions';
import type { Context } from './context';

/** The scope an identity provider grants to staff of international organisations (e.g. the ILO office). */
export const AGREEMENTS_WRITE_SCOPE = 'agreements:write';

/**
 * Who may write agreements and ratifications: ADMIN, or a caller holding `agreements:write`.
 * The principal carries no organisation kind, and this subgraph cannot read the suppliers'
 * organisations, so membership of an INTERNATIONAL_ORGANIZATION is expressed by the identity
 * provider as that scope rather than looked up here.
 */
export const mayWriteAgreements = (principal: Principal) =>
  principal.role === 'ADMIN' || principal.scopes.includes(AGREEMENTS_WRITE_SCOPE);

export const permissionRules: Record<string, PermissionRule<Context>> = {
  agreementsWriter: (_parent, context) => mayWriteAgreements(context.principal),
};
