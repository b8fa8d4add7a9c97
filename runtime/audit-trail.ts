import type { FilterQuery } from '@mikro-orm/core';
import { AuditEntry } from './audit';
import type { ServiceContext } from './context';
import { forbidden } from './errors';
import { paginate } from './pagination';

/**
 * The audit log is kept by each subgraph beside the data it audits; `Query.auditTrail` returns one
 * `AuditTrail` entity to which every subgraph contributes its own connection of entries, so one
 * request reads them all through federation. ADMIN reads everything; a REGULATOR reads the
 * entries about its jurisdiction; nobody else reads any.
 */
export interface AuditTrailFilter {
  from?: Date | null;
  to?: Date | null;
  operation?: string | null;
  subject?: string | null;
}

export function auditTrailConditions(
  context: ServiceContext,
  filter: AuditTrailFilter | null | undefined,
): FilterQuery<AuditEntry> {
  const { principal } = context;
  const conditions: FilterQuery<AuditEntry>[] = [];
  if (principal.role === 'REGULATOR' && principal.country) conditions.push({ country: principal.country });
  else if (principal.role !== 'ADMIN') throw forbidden('Only administrators and regulators may read the audit log');
  if (filter?.from) conditions.push({ at: { $gte: filter.from } });
  if (filter?.to) conditions.push({ at: { $lte: filter.to } });
  if (filter?.operation) conditions.push({ operation: filter.operation });
  if (filter?.subject) conditions.push({ subject: filter.subject });
  return conditions.length ? { $and: conditions } : {};
}

/** The resolver of `AuditTrail.<subgraph>(first, after, filter)` in every subgraph. */
export function auditEntries(
  context: ServiceContext,
  args: { first?: number | null; after?: string | null; filter?: AuditTrailFilter | null },
) {
  const where = auditTrailConditions(context, args.filter);
  return paginate(args, ({ limit, offset }) =>
    context.em.findAndCount(AuditEntry, where, { limit, offset, orderBy: { at: 'desc', id: 'desc' } }),
  );
}

/** What resolves to the `AuditTrail` entity: there is one trail, identified by a constant id. */
export interface AuditTrailReference {
  id: string;
}
