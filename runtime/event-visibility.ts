/**
 * Whether a subscriber may receive an event is decided by the graph's own read rules, at the moment
 * of delivery: the subgraph that owns what the event is about is asked, as the subscriber, to read
 * it. A report a brand may not read, a case outside a regulator's jurisdiction and its sharing
 * clauses, another organisation's case — each reads as nothing, and the event is not delivered.
 * One signed request per subgraph per batch of events.
 */
import type { EventType, GraphEvent } from './events';
import { signedGraphQLRequest, type Principal } from './principal';
import { withSharing, type Sharing } from './sharing';
import type { SubgraphName } from './subgraph-names';

/** A record an event names, and the query that reads it by id in the subgraph that owns it. */
type RecordKind = 'inspection' | 'reportAccessGrant' | 'enforcementAction' | 'grievance' | 'facility' | 'agreement';

const OWNERS: Record<RecordKind, SubgraphName> = {
  inspection: 'inspections',
  reportAccessGrant: 'inspections',
  enforcementAction: 'inspections',
  grievance: 'grievances',
  facility: 'suppliers',
  agreement: 'agreements',
};

interface ReadRule {
  /** The record the subscriber must be able to read to receive the event, by its payload field. */
  subject: [RecordKind, string];
  /** Payload fields that name other records: kept only for a subscriber who may read those too. */
  related?: Record<string, RecordKind>;
}

const inspectionEvent: ReadRule = { subject: ['inspection', 'inspectionId'] };
const grievanceEvent: ReadRule = { subject: ['grievance', 'grievanceId'] };
const agreementEvent: ReadRule = { subject: ['agreement', 'agreementId'] };

/**
 * Per event type, what decides who may receive it. A finding and a corrective action are read as
 * part of their inspection's report. Every other payload field is one that anyone who may read the
 * record may read (an id, a country, a date, a status, an area).
 */
export const READ_RULES: Record<EventType, ReadRule> = {
  ZERO_TOLERANCE_FINDING: inspectionEvent,
  INSPECTION_PUBLISHED: inspectionEvent,
  CORRECTIVE_ACTION_OVERDUE: inspectionEvent,
  GRIEVANCE_FILED: grievanceEvent,
  GRIEVANCE_STATUS_CHANGED: grievanceEvent,
  GRIEVANCE_OVERDUE: grievanceEvent,
  GRIEVANCE_ESCALATED: grievanceEvent,
  RETALIATION_REPORTED: { ...grievanceEvent, related: { retaliationAgainst: 'grievance' } },
  FACILITY_MERGED: { subject: ['facility', 'survivorId'] },
  FACILITY_MOVED: { subject: ['facility', 'facilityId'], related: { successorId: 'facility' } },
  AGREEMENT_STATUS_CHANGED: agreementEvent,
  SHARING_CHANGED: agreementEvent,
  // Who a report goes to reveals a sourcing relationship: read as the grant (its buyer, the
  // facility's owner, the report's insiders), not as the report, which the public may read.
  REPORT_ACCESS_CHANGED: { subject: ['reportAccessGrant', 'grantId'] },
  // Read as the action: an unpublished one reaches its country's (and sharing partners') regulators and the facility's owner.
  ENFORCEMENT_ACTION_RECORDED: { subject: ['enforcementAction', 'enforcementActionId'] },
};

/** Errors that say the principal may not read a record (or that there is none): not failures. */
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

/** The most records one visibility request reads. */
const RECORDS_PER_REQUEST = 50;

export interface EventVisibilityOptions {
  /** Where a subgraph's GraphQL endpoint is; undefined when it is not known (nothing it owns is delivered). */
  subgraphUrl(name: SubgraphName): string | undefined;
  /** The secret that signs the principal to the subgraphs. */
  secret: string;
  /** A regulator country's cross-border grants, as the gateway looks them up for a request. */
  sharing(country: string): Promise<Sharing>;
  /** How long one request may take (default 5 s). */
  timeoutMs?: number;
}

export interface EventVisibility {
  /**
   * Each event as `principal` may receive it — its payload without the fields naming records it
   * may not read — or null when it may not read what the event is about. Throws when a subgraph
   * does not answer: the caller tries again later rather than deliver, or withhold, on a guess.
   */
  visibleTo(principal: Principal, events: readonly GraphEvent[]): Promise<(GraphEvent | null)[]>;
}

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

export function createEventVisibility(options: EventVisibilityOptions): EventVisibility {
  const timeoutMs = options.timeoutMs ?? 5_000;

  /** Which of `ids` (of one kind) the principal reads as something. */
  async function readable(principal: Principal, kind: RecordKind, ids: string[]): Promise<Set<string>> {
    const subgraph = OWNERS[kind];
    const url = options.subgraphUrl(subgraph);
    if (!url) throw new Error(`no address for ${subgraph}: cannot tell who may read its events`);
    const found = new Set<string>();
    for (let start = 0; start < ids.length; start += RECORDS_PER_REQUEST) {
      const chunk = ids.slice(start, start + RECORDS_PER_REQUEST);
      const query = `query EventVisibility(${chunk.map((_, index) => `$r${index}: ID!`).join(', ')}) {\n${chunk
        .map((_, index) => `  r${index}: ${kind}(id: $r${index}) { id }`)
        .join('\n')}\n}`;
      const variables = Object.fromEntries(chunk.map((id, index) => [`r${index}`, id]));
      const response = await fetch(url, {
        ...signedGraphQLRequest(principal, options.secret, subgraph, { query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok && response.status !== 400)
        throw new Error(`${subgraph} answered ${response.status} when asked who may read its events`);
      const body = (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { message?: string; extensions?: { code?: string } }[];
      };
      // A record the principal may not read comes back null, alone or with a refusal beside it;
      // any other error (a database down, a deadline passed) means the answer cannot be trusted.
      const failure = body.errors?.find((error) => !REFUSALS.has(error.extensions?.code ?? ''));
      if (failure || !body.data)
        throw new Error(`${subgraph} could not tell who may read its events: ${failure?.message ?? 'no data'}`);
      chunk.forEach((id, index) => body.data?.[`r${index}`] != null && found.add(id));
    }
    return found;
  }

  return {
    async visibleTo(principal, events) {
      if (!events.length) return [];
      const reader = await withSharing(principal, options.sharing);
      const wanted = new Map<RecordKind, Set<string>>();
      const want = (kind: RecordKind, id: unknown) => {
        if (typeof id === 'string' && id) (wanted.get(kind) ?? wanted.set(kind, new Set()).get(kind)!).add(id);
      };
      for (const event of events) {
        const rule = READ_RULES[event.type];
        want(...([rule.subject[0], event.payload[rule.subject[1]]] as const));
        for (const [field, kind] of Object.entries(rule.related ?? {})) want(kind, event.payload[field]);
      }
      const seen = new Set<string>();
      await Promise.all(
        [...wanted].map(async ([kind, ids]) => {
          for (const id of await readable(reader, kind, [...ids])) seen.add(key(kind, id));
        }),
      );
      return events.map((event) => {
        const rule = READ_RULES[event.type];
        if (!seen.has(key(rule.subject[0], String(event.payload[rule.subject[1]])))) return null;
        const payload = { ...event.payload };
        for (const [field, kind] of Object.entries(rule.related ?? {}))
          if (!seen.has(key(kind, String(payload[field])))) delete payload[field];
        return { ...event, payload };
      });
    },
  };
}
