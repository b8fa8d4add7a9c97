import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { ServiceContext } from './context';
import { createLoader } from './loader';
import type { DataCategory, Principal } from './principal';

/**
 * The sharing clause a regulator read another country's data under: the data category, the
 * country whose data it is (`from`), the reader's country (`to`), and the agreements in force whose
 * clause for that category lets it flow (as the gateway named them for the request).
 */
export interface SharingClause {
  category: DataCategory;
  from: string;
  to: string;
  agreementIds: string[];
}

/**
 * The append-only audit log: every mutation, every read of a confidential field (a complainant's
 * identity, a grievance's description, a finding's evidence) and every read of another country's
 * data under a sharing clause. Each subgraph keeps its own (add `AuditEntrySchema` to its entities).
 * Nothing updates or deletes a row, and the database refuses it: every subgraph's migrations put
 * triggers on the table that abort an UPDATE or DELETE (and, on PostgreSQL, a TRUNCATE).
 */
export class AuditEntry {
  id!: string;
  at!: Date;
  subject: string | null = null;
  organizationId: string | null = null;
  role!: string;
  /** e.g. `submitInspection`, `read:Grievance.complainantIdentity`, `read:Inspection` */
  operation!: string;
  /** Type and id of what was touched, e.g. `Grievance:grv_…` */
  target!: string;
  /** Country the target belongs to, so a regulator can read its jurisdiction's entries. */
  country: string | null = null;
  /** What else identifies the target, e.g. the inspection of a finding (`Inspection:…`). */
  detail: string | null = null;
  /** For a read of another country's data: the sharing clause it was read under. */
  clause: SharingClause | null = null;
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
    detail: { type: 'string', length: 200, nullable: true },
    clause: { type: 'json', nullable: true },
  },
});

type AuditingContext = Pick<ServiceContext, 'principal' | 'clock' | 'em'>;

const entryOf = (principal: Principal, at: Date, entry: AuditedRead) => ({
  id: randomUUID(),
  at,
  subject: principal.subject,
  organizationId: principal.organizationId,
  role: principal.role,
  operation: entry.operation,
  target: entry.target,
  country: entry.country ?? null,
  detail: entry.detail ?? null,
  clause: entry.clause ?? null,
});

/**
 * Records one audited action. Pass the transaction's EntityManager for a mutation so the entry
 * commits (or rolls back) with the write; reads go through `auditedReadLoader` instead.
 */
export async function audit(
  context: AuditingContext,
  entry: { operation: string; target: string; country?: string | null },
  em = context.em,
): Promise<void> {
  em.create(AuditEntry, entryOf(context.principal, context.clock.now(), { country: null, ...entry }));
  if (em === context.em) await em.flush();
}

/** One audited read: what was read, whose it is, and — across a border — the clause it went through. */
export interface AuditedRead {
  /** `read:<Type>.<field>` for a confidential field, `read:<Type>` for a row read under a sharing clause. */
  operation: string;
  target: string;
  country: string | null;
  detail?: string | null;
  clause?: SharingClause | null;
}

export type AuditedReadLoader = DataLoader<AuditedRead, true, string>;

/**
 * A request's audited reads: every read of one round of resolvers is written in one flush, on a
 * fork of its own so it never carries anything else, and before the value is released. The same
 * read twice in one request (one target's field in two places of a query) is recorded once.
 */
export function auditedReadLoader({ em, principal, clock }: AuditingContext): AuditedReadLoader {
  return createLoader<AuditedRead, true, string>(
    async (reads) => {
      const fork = em.fork();
      for (const read of reads) fork.create(AuditEntry, entryOf(principal, clock.now(), read));
      await fork.flush();
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (read) => `${read.operation}|${read.target}` },
  );
}

/**
 * The clause a regulator reads `country`'s `category` data under: null when the reader is no
 * regulator, the data is its own country's, or no agreement in force shares it.
 */
export function sharingClauseOf(principal: Principal, category: DataCategory, country: string): SharingClause | null {
  if (principal.role !== 'REGULATOR' || !principal.country || country === principal.country) return null;
  if (!(principal.sharedWith?.[category] ?? []).includes(country)) return null;
  return {
    category,
    from: country,
    to: principal.country,
    agreementIds: [...(principal.sharingAgreements?.[category]?.[country] ?? [])],
  };
}

/** What a cross-border rule says about one object the caller is about to read. */
export interface CrossBorderRead {
  /** `Type:id` */
  target: string;
  /** The country the object's data belongs to. */
  country: string;
  detail?: string | null;
}

/** The cross-border rule of one GraphQL type: which data category its objects are, and what a read of one is. */
export interface CrossBorderRule<Context extends ServiceContext = ServiceContext> {
  category: DataCategory;
  /**
   * The read of `parent`, or null when the caller sees it on grounds other than a sharing clause
   * (it conducted, joined, handles or filed it, or it is public). Declared as a method so that a
   * rule may name the type of the objects it is for.
   */
  read(parent: unknown, context: Context): CrossBorderRead | null | Promise<CrossBorderRead | null>;
}

/** A subgraph's cross-border reads: its rules per GraphQL type, and where its request audits reads. */
export interface CrossBorderReads<Context extends ServiceContext = ServiceContext> {
  types: Record<string, CrossBorderRule<Context>>;
  auditedRead(context: Context): AuditedReadLoader;
}

/**
 * Audits, in place, every read of another country's data under a sharing clause: every field of
 * each listed type waits until the read of its object is in the audit log (`read:<Type>`, with the
 * clause), once per object and request. Because it wraps the fields themselves, like `@allow`, it
 * holds on root fields, nested fields and the gateway's `_entities` lookups alike. Callers that
 * cannot read abroad (every role but a regulator with a share of the category) pass straight through.
 */
export function auditCrossBorderReads<Context extends ServiceContext>(
  schema: GraphQLSchema,
  reads: CrossBorderReads<Context> | undefined,
): GraphQLSchema {
  if (!reads) return schema;
  const audited = new WeakMap<Context, WeakMap<object, Promise<void>>>();
  for (const [typeName, rule] of Object.entries(reads.types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Cross-border reads name ${typeName}, which is no object type here`);
    const auditRead = async (parent: object, context: Context) => {
      const read = await rule.read(parent, context);
      const clause = read && sharingClauseOf(context.principal, rule.category, read.country);
      if (!read || !clause) return;
      await reads.auditedRead(context).load({
        operation: `read:${typeName}`,
        target: read.target,
        country: read.country,
        detail: read.detail ?? null,
        clause,
      });
    };
    const once = (parent: object, context: Context) => {
      let ofRequest = audited.get(context);
      if (!ofRequest) audited.set(context, (ofRequest = new WeakMap()));
      let pending = ofRequest.get(parent);
      if (!pending) ofRequest.set(parent, (pending = auditRead(parent, context)));
      return pending;
    };
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent: unknown, args, context: Context, info) => {
        const abroad =
          context.principal.role === 'REGULATOR' && (context.principal.sharedWith?.[rule.category] ?? []).length > 0;
        if (!abroad || typeof parent !== 'object' || parent === null) return resolve(parent, args, context, info);
        return once(parent, context).then(() => resolve(parent, args, context, info));
      };
    }
  }
  return schema;
}
