import { auditEntries } from '../../../../runtime/audit-trail';
import type { AuditTrailResolvers } from '../__generated__/resolvers-types';

export const AuditTrail: AuditTrailResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  notifications: (_trail, args, context) => auditEntries(context, args),
};
