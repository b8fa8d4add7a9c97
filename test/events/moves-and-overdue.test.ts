import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../../runtime/config';
import { logger } from '../../runtime/logger';
import { OutboxEvent } from '../../runtime/outbox';
import type { SubgraphName } from '../../runtime/subgraph-server';
import { CorrectiveAction } from '../../subgraphs/inspections/src/entities/corrective-action.entity';
import { Inspection } from '../../subgraphs/inspections/src/entities/inspection.entity';
import {
  startOverdueJob,
  stopOverdueJob,
  tellOverdueCorrectiveActions,
} from '../../subgraphs/inspections/src/queries/overdue-job';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import { graphql } from '../__generated__';
import { addFacility, addInspection, addOrganization, newFacilityId } from '../inspections/fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * A move in the registry and a missed due day of a corrective action are each told once, as the
 * change that makes them commits; a refused move tells nothing and changes nothing.
 */
const NOW = new Date('2026-05-04T10:00:00Z');
const OWNER = 'org-moves-owner';
const [MOVING, SUCCESSOR, ABROAD, ELSEWHERE, UNREGISTERED] = ['BD', 'BD', 'VN', 'BD', 'BD'].map(newFacilityId);
const [MERGED, SURVIVOR, INSPECTED] = ['BD', 'BD', 'BD'].map(newFacilityId);

const MOVE = graphql(`
  mutation MovesOverdueMove($facility: ID!, $successor: ID!) {
    recordFacilityMove(facilityId: $facility, successorId: $successor) {
      facility {
        id
        status
        movedTo
      }
      successor {
        id
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const MERGE = graphql(`
  mutation MovesOverdueMerge($survivor: ID!, $duplicate: ID!) {
    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
      userErrors {
        code
      }
    }
  }
`);
const UPDATE_ACTION = graphql(`
  mutation MovesOverdueUpdateAction($input: UpdateCorrectiveActionInput!) {
    updateCorrectiveAction(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let stack: TestStack;
let tokens: Record<'admin' | 'supplier', string>;

/** What `change` recorded in the outbox of `subgraph`, in the order it was recorded. */
async function told(subgraph: SubgraphName, change: () => Promise<unknown>) {
  const before = new Set((await stack.em(subgraph).find(OutboxEvent, {})).map((row) => row.id));
  await change();
  const rows = await stack.em(subgraph).find(OutboxEvent, {}, { orderBy: { id: 'asc' } });
  return rows
    .filter((row) => !before.has(row.id))
    .map(({ type, version, source, subject, country, payload }) => ({
      type,
      version,
      source,
      subject,
      country,
      payload,
    }));
}

const move = (facility: string, successor: string, token = tokens.admin) =>
  stack.query(MOVE, { facility, successor }, { token });

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, OWNER, 'SUPPLIER', 'BD');
  for (const id of [MOVING, SUCCESSOR, ABROAD, ELSEWHERE, MERGED, SURVIVOR, INSPECTED])
    addFacility(suppliers, id, OWNER);
  await suppliers.flush();
  tokens = {
    admin: await stack.token({ role: 'ADMIN', subject: 'moves-admin' }),
    supplier: await stack.token({ role: 'SUPPLIER', organizationId: OWNER }),
  };
});
afterAll(() => stack?.stop());

describe('recordFacilityMove', () => {
  it('tells of a move once: FACILITY_MOVED about the facility that moved, in its own country', async () => {
    const inspections = stack.em('inspections');
    addInspection(inspections, { id: 'insp-moves-history', facilityId: MOVING });
    await inspections.flush();

    let payload: Awaited<ReturnType<typeof move>> | undefined;
    const recorded = await told('suppliers', async () => (payload = await move(MOVING, ABROAD)));
    expect(dataOf(payload!).recordFacilityMove).toEqual({
      facility: { id: MOVING, status: 'MOVED', movedTo: ABROAD },
      successor: { id: ABROAD },
      userErrors: [],
    });
    expect(recorded).toEqual([
      {
        type: 'FACILITY_MOVED',
        version: 1,
        source: 'suppliers',
        subject: `Facility:${MOVING}`,
        country: 'BD',
        payload: { facilityId: MOVING, successorId: ABROAD, country: 'BD' },
      },
    ]);
    // Recording the same move again changes nothing, and tells nothing.
    expect(await told('suppliers', () => move(MOVING, ABROAD))).toEqual([]);

    // Unlike a merge, the moved facility keeps its history under its own id.
    await stack.settleEvents();
    expect((await stack.em('inspections').findOneOrFail(Inspection, 'insp-moves-history')).facilityId).toBe(MOVING);
  });

  it('refuses, tells nothing and changes nothing for an unknown facility, itself, a moved, merged or cyclic successor, or a second successor', async () => {
    dataOf(await move(SUCCESSOR, ELSEWHERE));
    dataOf(await stack.query(MERGE, { survivor: SURVIVOR, duplicate: MERGED }, { token: tokens.admin }));
    const registry = async () =>
      (await stack.em('suppliers').find(Facility, {}, { orderBy: { id: 'asc' } })).map(({ id, status, movedToId }) => ({
        id,
        status,
        movedToId,
      }));
    const refusals: [string, string, string, string][] = [
      [UNREGISTERED, ELSEWHERE, 'NOT_FOUND', 'facilityId'],
      [ELSEWHERE, UNREGISTERED, 'NOT_FOUND', 'successorId'],
      [MERGED, ELSEWHERE, 'NOT_FOUND', 'facilityId'],
      [ELSEWHERE, ELSEWHERE, 'BAD_USER_INPUT', 'successorId'],
      [ELSEWHERE, SUCCESSOR, 'CONFLICT', 'successorId'], // SUCCESSOR moved to ELSEWHERE: a cycle
      [INSPECTED, SUCCESSOR, 'CONFLICT', 'successorId'], // SUCCESSOR has moved on
      [INSPECTED, MERGED, 'CONFLICT', 'successorId'],
      [SUCCESSOR, INSPECTED, 'CONFLICT', 'facilityId'], // SUCCESSOR moved elsewhere already
    ];
    for (const [facility, successor, code, field] of refusals) {
      const before = await registry();
      let errors: unknown;
      const recorded = await told('suppliers', async () => {
        errors = dataOf(await move(facility, successor)).recordFacilityMove!.userErrors;
      });
      expect(errors, `${facility} to ${successor}`).toEqual([{ code, field: [field], message: expect.any(String) }]);
      expect(recorded).toEqual([]);
      expect(await registry()).toEqual(before);
    }
    const cycle = dataOf(await move(ELSEWHERE, SUCCESSOR)).recordFacilityMove!.userErrors[0];
    expect(cycle?.message).toContain('cycle');
  });

  it('is for administrators: anyone else is FORBIDDEN, the facility’s owner too, and nothing is told', async () => {
    let response: Awaited<ReturnType<typeof move>> | undefined;
    expect(await told('suppliers', async () => (response = await move(INSPECTED, ELSEWHERE, tokens.supplier)))).toEqual(
      [],
    );
    expect(response!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.em('suppliers').findOneOrFail(Facility, INSPECTED)).status).toBe('ACTIVE');
  });
});

describe('the overdue job', () => {
  const INSPECTION = 'insp-moves-overdue';
  const action = (finding: number, n: number) => `${INSPECTION}-f${finding}-a${n}`;
  const round = () => tellOverdueCorrectiveActions(stack.em('inspections'), stack.clock);
  const notice = (id: string, finding: number, area: string, dueOn: string) => ({
    type: 'CORRECTIVE_ACTION_OVERDUE',
    version: 1,
    source: 'inspections',
    subject: `CorrectiveAction:${id}`,
    country: 'BD',
    payload: {
      correctiveActionId: id,
      findingId: `${INSPECTION}-f${finding}`,
      inspectionId: INSPECTION,
      facilityId: INSPECTED,
      country: 'BD',
      area,
      dueOn,
    },
  });

  beforeAll(async () => {
    const inspections = stack.em('inspections');
    addInspection(inspections, {
      id: INSPECTION,
      facilityId: INSPECTED,
      ownerId: OWNER,
      findings: [
        {
          area: 'FORCED_LABOUR',
          actions: [
            { dueOn: '2026-04-20', status: 'PLANNED' },
            { dueOn: '2026-05-02', status: 'IN_PROGRESS' },
            // Still the due day somewhere on earth: not overdue yet.
            { dueOn: '2026-05-03', status: 'PLANNED' },
          ],
        },
        {
          area: 'WORKING_TIME',
          actions: [
            { dueOn: '2026-04-21', status: 'REJECTED' },
            // The facility has done its part.
            { dueOn: '2026-04-01', status: 'COMPLETED' },
            { dueOn: '2026-04-01', status: 'VERIFIED' },
            { dueOn: '2026-06-01', status: 'PLANNED' },
          ],
        },
      ],
    });
    await inspections.flush();
  });

  it('tells of each overdue action once, and of none not yet due or done', async () => {
    stack.clock.set(NOW);
    const versionBefore = (await stack.em('inspections').findOneOrFail(CorrectiveAction, action(0, 1))).version;
    const recorded = await told('inspections', round);
    const sorted = (events: { subject: string }[]) => [...events].sort((a, b) => a.subject.localeCompare(b.subject));
    expect(sorted(recorded)).toEqual(
      sorted([
        notice(action(0, 0), 0, 'FORCED_LABOUR', '2026-04-20'),
        notice(action(0, 1), 0, 'FORCED_LABOUR', '2026-05-02'),
        notice(action(1, 0), 1, 'WORKING_TIME', '2026-04-21'),
      ]),
    );
    expect(await told('inspections', round)).toEqual([]);
    // Marking an action told is not the facility's change: its version stays as the facility read it.
    expect((await stack.em('inspections').findOneOrFail(CorrectiveAction, action(0, 1))).version).toBe(versionBefore);
  });

  it('tells again of an action whose due day was moved, once it misses the new one', async () => {
    const id = action(0, 1);
    const { version } = await stack.em('inspections').findOneOrFail(CorrectiveAction, id);
    const extended = dataOf(
      await stack.query(
        UPDATE_ACTION,
        { input: { id, expectedVersion: version, dueOn: '2026-05-10' } },
        { token: tokens.supplier },
      ),
    ).updateCorrectiveAction!;
    expect(extended.userErrors).toEqual([]);
    expect(await told('inspections', round)).toEqual([]);

    stack.clock.set(new Date('2026-05-12T10:00:00Z'));
    const recorded = await told('inspections', round);
    expect(recorded.filter((event) => event.subject === `CorrectiveAction:${id}`)).toEqual([
      notice(id, 0, 'FORCED_LABOUR', '2026-05-10'),
    ]);
    expect(await told('inspections', round)).toEqual([]);
    stack.clock.set(NOW);
  });

  it('runs the rounds by itself every CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS, and stops with the subgraph', async () => {
    stack.clock.set(new Date('2026-06-03T10:00:00Z'));
    const id = action(1, 3);
    const setting = config().CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS;
    overrideConfig({ CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS: 50 });
    const em = stack.em('inspections');
    try {
      startOverdueJob(em, logger('test'), stack.clock);
      for (
        let tries = 0;
        (await stack.em('inspections').count(OutboxEvent, { subject: `CorrectiveAction:${id}` })) === 0;
        tries++
      ) {
        if (tries > 200) throw new Error('no overdue round ran within ten seconds');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await stopOverdueJob(em);
      overrideConfig({ CORRECTIVE_ACTION_OVERDUE_INTERVAL_MS: setting });
    }
    expect((await stack.em('inspections').findOneOrFail(CorrectiveAction, id)).overdueNotifiedAt).not.toBeNull();
    stack.clock.set(NOW);
  });

  it.runIf(config().DATABASE_URL)(
    'tells of each action once when two replicas run a round at the same time',
    async () => {
      const inspections = stack.em('inspections');
      addInspection(inspections, {
        id: 'insp-moves-replicas',
        facilityId: INSPECTED,
        findings: [{ actions: Array.from({ length: 8 }, () => ({ dueOn: '2026-04-15', status: 'PLANNED' as const })) }],
      });
      await inspections.flush();
      const recorded = await told('inspections', () => Promise.all([round(), round(), round()]));
      expect(recorded.map((event) => event.subject).sort()).toEqual(
        Array.from({ length: 8 }, (_, n) => `CorrectiveAction:insp-moves-replicas-f0-a${n}`).sort(),
      );
    },
  );
});
