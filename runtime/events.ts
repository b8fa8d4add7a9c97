/**
 * The graph's events: what changed, told to whoever may need to react (the other subgraphs, a
 * brand's webhook, a dashboard). Each subgraph writes the events of a change into its own outbox
 * in the same transaction as the change (`runtime/outbox.ts`); a relay publishes them to the event
 * stream (`runtime/event-bus.ts`): Redis Streams when REDIS_URL is set, an in-process queue
 * embedded. Delivery is at least once: a consumer recognises an event it has seen by its id.
 *
 * Every payload is versioned: a change that removes or retypes a field is a new version, and the
 * old one is published alongside until its consumers have moved (docs/events.md).
 */
import { z } from 'zod';

const country = z.string().length(2);
const id = z.string().min(1).max(200);
/** Who may read an inspection's report: delivery to brands follows it. */
const disclosure = z.enum(['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC']).optional();
/** The compliance areas an event concerns, which a subscriber's area filter matches. */
const areas = z.array(z.string()).optional();

/** The payload of each event type, by version. */
export const EVENT_PAYLOADS = {
  ZERO_TOLERANCE_FINDING: {
    1: z.object({
      inspectionId: id,
      findingId: id,
      facilityId: id,
      country,
      area: z.string(),
      publishedAt: z.string(),
      disclosure,
    }),
  },
  INSPECTION_PUBLISHED: {
    1: z.object({
      inspectionId: id,
      facilityId: id,
      country,
      conductedOn: z.string(),
      findings: z.number().int(),
      disclosure,
      areas,
    }),
  },
  CORRECTIVE_ACTION_OVERDUE: {
    1: z.object({
      correctiveActionId: id,
      findingId: id,
      inspectionId: id,
      facilityId: id,
      country,
      area: z.string(),
      dueOn: z.string(),
    }),
  },
  GRIEVANCE_FILED: {
    1: z.object({ grievanceId: id, facilityId: id.nullable(), country, areas: z.array(z.string()) }),
  },
  GRIEVANCE_STATUS_CHANGED: {
    1: z.object({ grievanceId: id, facilityId: id.nullable(), country, from: z.string(), to: z.string(), areas }),
  },
  GRIEVANCE_OVERDUE: {
    1: z.object({ grievanceId: id, facilityId: id.nullable(), country, step: z.string(), dueBy: z.string(), areas }),
  },
  GRIEVANCE_ESCALATED: {
    1: z.object({ grievanceId: id, facilityId: id.nullable(), country, to: z.enum(['REGULATOR', 'MECHANISM']), areas }),
  },
  RETALIATION_REPORTED: {
    1: z.object({ grievanceId: id, retaliationAgainst: id, facilityId: id.nullable(), country, areas }),
  },
  FACILITY_MERGED: {
    1: z.object({
      survivorId: id,
      mergedId: id,
      country,
      /** Ids merged into `mergedId` before: they name the survivor from now on too. */
      earlierMergedIds: z.array(id).optional(),
    }),
  },
  FACILITY_MOVED: {
    1: z.object({ facilityId: id, successorId: id, country }),
  },
  AGREEMENT_STATUS_CHANGED: {
    1: z.object({ agreementId: id, from: z.string(), to: z.string(), countries: z.array(country) }),
  },
  SHARING_CHANGED: {
    1: z.object({ agreementId: id, category: z.string(), countries: z.array(country) }),
  },
  REPORT_ACCESS_CHANGED: {
    1: z.object({
      grantId: id,
      inspectionId: id,
      facilityId: id,
      country,
      buyerId: id,
      change: z.enum(['GRANTED', 'REVOKED']),
      /** The organisation owning the facility, which granted or revoked. */
      decidedBy: id,
    }),
  },
  ENFORCEMENT_ACTION_RECORDED: {
    1: z.object({
      enforcementActionId: id,
      facilityId: id,
      country,
      kind: z.enum(['WARNING', 'IMPROVEMENT_NOTICE', 'FINE', 'STOP_WORK_ORDER', 'CLOSURE', 'LICENCE_WITHDRAWAL']),
      published: z.boolean(),
      /** The compliance areas of the findings the action rests on. */
      areas,
    }),
  },
} as const;

export type EventType = keyof typeof EVENT_PAYLOADS;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];

type Payloads<Type extends EventType> = (typeof EVENT_PAYLOADS)[Type];

/** The payload a version of an event type takes, as written (before defaults). */
export type PayloadOf<Type extends EventType> = {
  [Version in keyof Payloads<Type>]: Payloads<Type>[Version] extends z.ZodTypeAny
    ? z.input<Payloads<Type>[Version]>
    : never;
}[keyof Payloads<Type>];

/** What a mutation hands `runMutation` to record in its outbox: one of the drafts of the event types. */
export type EventDraft<Type extends EventType = EventType> = Type extends EventType
  ? {
      type: Type;
      /** Defaults to the latest version of the type. */
      version?: number;
      /** `Type:id` of the entity the event is about; events about one subject are delivered in order. */
      subject: string;
      /** The country whose regulator's jurisdiction the subject is in (null: none, e.g. an agreement). */
      country: string | null;
      payload: PayloadOf<Type>;
    }
  : never;

/** An event as published: the draft with its id, source and time. */
export interface GraphEvent {
  /** Unique, time-ordered (UUID v7): consumers deduplicate by it. */
  id: string;
  type: EventType;
  version: number;
  /** The subgraph whose outbox it came from. */
  source: string;
  subject: string;
  country: string | null;
  occurredAt: string;
  payload: Record<string, unknown>;
}
