import type { GraphQLEnumType, GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { eventFilterSchema } from '../../runtime/event-filter';
import { EVENT_TYPES } from '../../runtime/events';
import { PUBLIC_PRINCIPAL } from '../../runtime/principal';
import { acceptedFilter, liveSchema } from './live-schema';

const schema = liveSchema({ subscribe: () => ({}) as never });

describe('the live events schema', () => {
  it('names every event type of the graph, and no other', () => {
    const type = schema.getType('GraphEventType') as GraphQLEnumType;
    expect(type.getValues().map((value) => value.name)).toEqual(EVENT_TYPES);
  });

  it('filters by the lists the event filter knows', () => {
    const filter = schema.getType('GraphEventFilter') as GraphQLInputObjectType;
    expect(Object.keys(filter.getFields()).sort()).toEqual(Object.keys(eventFilterSchema.shape).sort());
  });

  it('describes every type and field for those who build on it', () => {
    for (const type of Object.values(schema.getTypeMap()).filter((each) => !each.name.startsWith('__'))) {
      if (['Boolean', 'Int', 'ID', 'String'].includes(type.name)) continue;
      expect(type.description, type.name).toBeTruthy();
    }
    const graphEvents = schema.getSubscriptionType()!.getFields().graphEvents;
    expect(graphEvents.description).toMatch(/best-effort/);
  });
});

describe('a subscription filter', () => {
  it('is normalised: codes upper-cased, duplicates and empty lists dropped', () => {
    expect(
      acceptedFilter({ types: ['GRIEVANCE_FILED', 'GRIEVANCE_FILED'], countries: ['bd', 'KH'], facilities: [] }),
    ).toEqual({ types: ['GRIEVANCE_FILED'], countries: ['BD', 'KH'] });
  });

  it('may be absent: every event the subscriber may read', () => {
    expect(acceptedFilter(undefined)).toEqual({});
    expect(acceptedFilter(null)).toEqual({});
  });

  it('that is malformed refuses the subscription with BAD_USER_INPUT naming each problem', () => {
    let refusal: unknown;
    try {
      acceptedFilter({ countries: ['Bangladesh'], areas: ['forced labour!'] });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      message: expect.stringMatching(/^The subscription was not started: filter\.countries\.0: .*filter\.areas\.0/),
      extensions: {
        code: 'BAD_USER_INPUT',
        issues: [
          { path: ['filter', 'countries', 0], message: expect.any(String) },
          { path: ['filter', 'areas', 0], message: expect.any(String) },
        ],
      },
    });
  });

  it('that is malformed starts nothing', () => {
    let started = 0;
    const counting = liveSchema({
      subscribe: () => {
        started++;
        return {} as never;
      },
    });
    const graphEvents = counting.getSubscriptionType()!.getFields().graphEvents;
    const info = {} as Parameters<NonNullable<typeof graphEvents.subscribe>>[3];
    expect(() =>
      graphEvents.subscribe!(undefined, { filter: { countries: ['X'] } }, { principal: PUBLIC_PRINCIPAL }, info),
    ).toThrow(/was not started/);
    expect(started).toBe(0);
  });
});
