import { z } from 'zod';
import { EVENT_TYPES, type EventType, type GraphEvent } from './events';

/**
 * What a subscriber (a webhook, a live subscription) asks to receive: event types, and the
 * countries, facilities and compliance areas the events must concern. An empty or absent list
 * does not narrow; several lists must all match. What it may read narrows it further, per event.
 */
export interface EventFilter {
  types?: readonly EventType[] | null;
  countries?: readonly string[] | null;
  facilities?: readonly string[] | null;
  areas?: readonly string[] | null;
}

/** The most entries one list of a filter may hold. */
export const MAX_FILTER_ENTRIES = 200;

const list = <Item extends z.ZodTypeAny>(item: Item) => z.array(item).max(MAX_FILTER_ENTRIES).nullish();

/** A filter as a client sends it: validated, codes upper-cased, duplicates dropped. */
export const eventFilterSchema = z.object({
  types: list(z.enum(EVENT_TYPES as [EventType, ...EventType[]])),
  countries: list(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code'),
  ),
  facilities: list(z.string().trim().min(1).max(200)),
  areas: list(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z_]{2,60}$/, 'an area is a compliance area code, e.g. FORCED_LABOUR'),
  ),
});

/** The filter with its lists deduplicated and sorted, empty lists dropped: the form that is stored. */
export function normalizeFilter(filter: EventFilter): EventFilter {
  const tidy = <Entry extends string>(entries: readonly Entry[] | null | undefined) =>
    entries?.length ? [...new Set(entries)].sort() : undefined;
  return {
    ...(tidy(filter.types) ? { types: tidy(filter.types) } : {}),
    ...(tidy(filter.countries) ? { countries: tidy(filter.countries) } : {}),
    ...(tidy(filter.facilities) ? { facilities: tidy(filter.facilities) } : {}),
    ...(tidy(filter.areas) ? { areas: tidy(filter.areas) } : {}),
  };
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
const string = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);

/** The countries an event concerns: its jurisdiction, or an agreement's party countries. */
export const eventCountries = (event: GraphEvent): string[] =>
  event.country ? [event.country] : strings(event.payload.countries);

/** The facilities an event names: the one inspected or complained about, both sides of a merge or a move. */
export const eventFacilities = (event: GraphEvent): string[] => [
  ...string(event.payload.facilityId),
  ...string(event.payload.survivorId),
  ...string(event.payload.mergedId),
  ...strings(event.payload.earlierMergedIds),
  ...string(event.payload.successorId),
];

/** The compliance areas an event names: a finding's area, a case's or a report's areas. */
export const eventAreas = (event: GraphEvent): string[] => [
  ...string(event.payload.area),
  ...strings(event.payload.areas),
];

const meets = (wanted: readonly string[] | null | undefined, named: string[]) =>
  !wanted?.length || named.some((value) => wanted.includes(value));

/**
 * Whether the event is one the filter asks for. An event that names no facility (an agreement's)
 * or no area (a merge) does not match a filter that lists facilities or areas.
 */
export function matchesFilter(event: GraphEvent, filter: EventFilter): boolean {
  return (
    (!filter.types?.length || filter.types.includes(event.type)) &&
    meets(filter.countries, eventCountries(event)) &&
    meets(
      filter.facilities?.map((facility) => facility.toUpperCase()),
      eventFacilities(event).map((facility) => facility.toUpperCase()),
    ) &&
    meets(filter.areas, eventAreas(event))
  );
}
