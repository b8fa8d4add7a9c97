import { EntitySchema } from '@mikro-orm/core';
import type { ServiceContext } from './context';

/**
 * The append-only audit log: every mutation, and every read of a complainant's
 * identity or a grievance's description. Each subgraph keeps its own (add `AuditEntrySchema` to
 * its entities); nothing updates or deletes a row.
 */
export class AuditEntry {
  id!: string;
  at!: Date;
  subject: string | null = null;
  organizationId: string | null = null;
  role!: string;
  /** e.g. `submitInspection`, `read:Grievance.complainantIdentity` */
  operation!: string;
  /** Type and id of what was touched, e.g. `Grievance:grv_…` */
  target!: string;
  /** Country the target belongs to, so a regulator can read its jurisdiction's entries. */
  country: string | null = null;
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  indexes: [{ properties: ['at'] }, { properties: ['country', 'at'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    at: { type: 'Date' },
    subject: { type: 'string', length: 200, nullable: true },
    organizationId: { type: 'string', length: 100, nullable: true },
    role: { type: 'string', length: 20 },
    operation: { type: 'string', length: 120 },
    target: { type: 'string', length: 200 },
    country: { type: 'string', length: 2, nullable: true },
  },
});

import { randomUUID } from 'node:crypto';

/**
 * Records one audited action. Pass the transaction's EntityManager for a mutation so the entry
 * commits (or rolls back) with the write; reads are flushed on their own.
 */
export async function audit(
  context: Pick<ServiceContext, 'principal' | 'clock' | 'em'>,
  entry: { operation: string; target: string; country?: string | null },
  em = context.em,
): Promise<void> {
  const { principal } = context;
  em.create(AuditEntry, {
    id: randomUUID(),
    at: context.clock.now(),
    subject: principal.subject,
    organizationId: principal.organizationId,
    role: principal.role,
    operation: entry.operation,
    target: entry.target,
    country: entry.country ?? null,
  });
  if (em === context.em) await em.flush();
}
