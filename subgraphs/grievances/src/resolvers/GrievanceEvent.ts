import type { GrievanceEvent as GrievanceEventEntity } from '../entities/grievance-event.entity';
import type { GrievanceEventResolvers, Role } from '../__generated__/resolvers-types';

/** An event as one reader sees it: `internal` when the reader may see internal events and notes. */
export interface TimelineEntry {
  event: GrievanceEventEntity;
  internal: boolean;
}

export const GrievanceEvent: GrievanceEventResolvers = {
  id: ({ event }) => event.id,
  at: ({ event }) => event.at,
  kind: ({ event }) => event.kind,
  status: ({ event }) => event.status,
  actorRole: ({ event }) => event.actorRole as Role,
  actorOrganization: ({ event }) => (event.actorOrganizationId ? { id: event.actorOrganizationId } : null),
  note: ({ event, internal }) => (internal || event.notePublic ? event.note : null),
  public: ({ event }) => event.public,
  notePublic: ({ event }) => event.notePublic,
  notifiedOrganization: ({ event }) => (event.notifiedOrganizationId ? { id: event.notifiedOrganizationId } : null),
};
