import { DateTimeType, EntitySchema, type Ref } from '@mikro-orm/core';
import { GRIEVANCE_STATUSES, type GrievanceStatus } from '../domain';
import { GrievanceEventKind } from '../__generated__/resolvers-types';
import type { Grievance } from './grievance.entity';

export type { GrievanceEventKind };

/** One entry of a case's timeline: who did what, when, and whether the complainant sees it. */
export class GrievanceEvent {
  id!: string;
  grievance!: Ref<Grievance>;
  /** Order within the case (events may share an instant). */
  sequence!: number;
  at!: Date;
  kind!: GrievanceEventKind;
  /** The case's status after the event. */
  status!: GrievanceStatus;
  actorRole!: string;
  actorOrganizationId: string | null = null;
  note: string | null = null;
  /** Public events are shown to the complainant and to everyone who may see the case. */
  public = false;
  /** A note the handler chose to share with the complainant; other notes stay internal even on public events. */
  notePublic = false;
  /** For NOTIFIED events: the organisation told about the case (null: the jurisdiction's inspectorate). */
  notifiedOrganizationId: string | null = null;
}

export const GrievanceEventSchema = new EntitySchema<GrievanceEvent>({
  class: GrievanceEvent,
  tableName: 'grievance_event',
  uniques: [{ properties: ['grievance', 'sequence'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    grievance: { kind: 'm:1', entity: 'Grievance', ref: true, deleteRule: 'cascade' },
    sequence: { type: 'integer' },
    at: { type: DateTimeType },
    kind: { enum: true, items: () => Object.values(GrievanceEventKind), type: 'string' },
    status: { enum: true, items: () => [...GRIEVANCE_STATUSES], type: 'string' },
    actorRole: { type: 'string', length: 20 },
    actorOrganizationId: { type: 'string', length: 80, nullable: true },
    note: { type: 'text', nullable: true },
    public: { type: 'boolean', default: false },
    notePublic: { type: 'boolean', default: false },
    notifiedOrganizationId: { type: 'string', length: 80, nullable: true },
  },
});
