import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { EnforcementAction } from '../../subgraphs/inspections/src/entities/enforcement-action.entity';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addedEntries, auditEntries } from './audit-log';
import { as, buildWorld, NOW, PRINCIPALS, type World } from './fixtures';
import { CALLERS, type Caller } from './matrix';
import { expectDeniedExactly, idsAt, valueAt } from './outcomes';

/**
 * Every caller of the matrix against enforcement actions. Only the regulator of the facility's
 * country (BD) records them; everyone else is FORBIDDEN and nothing is written. An unpublished
 * action is read by that regulator and the facility's owner only: the partner regulator (NL) has
 * an INSPECTION_FINDINGS clause, not an ENFORCEMENT_ACTIONS one, so it reads none. A published
 * action is read by every caller.
 */
let stack: TestStack;
let world: World;
let unpublished: string;
let published: string;
let runs = 0;
const fresh = () => `pm-ea-${process.pid}-${++runs}`;

const RECORD = graphql(`
  mutation PermissionsRecordEnforcementAction($input: RecordEnforcementActionInput!, $key: String!) {
    recordEnforcementAction(input: $input, idempotencyKey: $key) {
      enforcementAction {
        id
        amount
      }
      userErrors {
        code
      }
    }
  }
`);
const READS = graphql(`
  query PermissionsEnforcementActions($facility: ID!, $unpublished: ID!, $published: ID!) {
    enforcementActions(first: 50) {
      edges {
        node {
          id
        }
      }
    }
    unpublished: enforcementAction(id: $unpublished) {
      id
    }
    published: enforcementAction(id: $published) {
      id
    }
    facility(id: $facility) {
      enforcementActions {
        id
      }
    }
  }
`);

/** Who reads the unpublished action besides everyone reading the published one. */
const READS_UNPUBLISHED: Record<Caller, boolean> = {
  PUBLIC: false,
  BRAND: false,
  SUPPLIER: true,
  UNION: false,
  REGULATOR_HOME: true,
  REGULATOR_PARTNER: false,
  REGULATOR_FOREIGN: false,
  AUDITOR: false,
  CIVIL_SOCIETY: false,
  ADMIN: false,
};

const input = (published: boolean) => ({
  facilityId: world.facilities.main,
  kind: 'FINE' as const,
  findingIds: [world.inspections.PRIVATE.findingId],
  decidedOn: '2026-03-20',
  amount: '2500.75',
  currency: 'BDT',
  summary: 'Fined for blocked emergency exits.',
  published,
});

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
  for (const flag of [false, true]) {
    const payload = dataOf(
      await as(stack, world, 'REGULATOR_HOME', RECORD, { input: input(flag), key: fresh() }),
    ).recordEnforcementAction!;
    expect(payload.userErrors).toEqual([]);
    if (flag) published = payload.enforcementAction!.id;
    else unpublished = payload.enforcementAction!.id;
  }
});
afterAll(() => stack?.stop());

const actions = () =>
  stack
    .em('inspections')
    .find(EnforcementAction, {}, { orderBy: { id: 'asc' } })
    .then((rows) => rows.map(({ id }) => id));

describe('recordEnforcementAction', () => {
  it.each(CALLERS)('%s', async (caller) => {
    if (caller !== 'REGULATOR_HOME') {
      const [before, audited] = [await actions(), await stack.em('inspections').count(AuditEntry)];
      const response = await as(stack, world, caller, RECORD, { input: input(false), key: fresh() });
      expect(valueAt(response, ['recordEnforcementAction']) ?? null).toBeNull();
      expectDeniedExactly(response, [['recordEnforcementAction']]);
      expect(await actions()).toEqual(before);
      expect(await stack.em('inspections').count(AuditEntry)).toBe(audited);
      return;
    }
    const subject = PRINCIPALS[caller].subject;
    const before = await auditEntries(stack, world, 'ADMIN', 'inspections', { subject });
    const response = await as(stack, world, caller, RECORD, { input: input(false), key: fresh() });
    expect(response.errors).toBeUndefined();
    expect(valueAt(response, ['recordEnforcementAction'])).toMatchObject({
      enforcementAction: { amount: '2500.75' },
      userErrors: [],
    });
    const after = await auditEntries(stack, world, 'ADMIN', 'inspections', { subject });
    expect(addedEntries(before, after).map((entry) => entry.split(/[: ]/)[0])).toContain('recordEnforcementAction');
  });
});

describe('enforcement action reads', () => {
  it.each(CALLERS)('%s', async (caller) => {
    const response = await as(stack, world, caller, READS, {
      facility: world.facilities.main,
      unpublished,
      published,
    });
    expect(response.errors).toBeUndefined();
    const seesUnpublished = READS_UNPUBLISHED[caller];
    expect(valueAt(response, ['unpublished'])).toEqual(seesUnpublished ? { id: unpublished } : null);
    expect(valueAt(response, ['published'])).toEqual({ id: published });
    for (const listed of [
      idsAt(response, ['enforcementActions']),
      ((valueAt(response, ['facility', 'enforcementActions']) ?? []) as { id: string }[]).map((action) => action.id),
    ]) {
      expect(listed).toContain(published);
      expect(listed.includes(unpublished)).toBe(seesUnpublished);
    }
  });
});
