import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { graphql } from '../__generated__';
import { file, newFacilityId } from '../grievances/fixtures';
import { ACCEPT, DECLINE, LINK, SUMMARIZE, WITHDRAW_TRANSFER } from '../grievances/jurisdiction-fixtures';
import { addFacility, addOrganization } from '../support/registry';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { as, buildWorld, DESCRIPTION, NOW, ORG, type World } from './fixtures';
import { CALLERS, GRIEVANCE_KEYS, GRIEVANCES, type Caller, type GrievanceKey } from './matrix';
import { expectDenied, valueAt, type MatrixResponse, type Path } from './outcomes';

/**
 * Matrix rows of a case's jurisdiction and of the employer's view: for every caller, on every
 * path (Facility.grievances, Query.grievances, Query.grievance), who reads the tracking code and
 * the complainant's words (the filer and those who handle the case; never the facility's owner),
 * and that everyone who sees a case reads the handler's summary; then who may summarise, relink,
 * ask for a transfer abroad, and accept, decline or withdraw it.
 */
let stack: TestStack;
let world: World;
/** A case of the union about the main facility, naming the supplier as owner: the mutations' target. */
let moving: string;
const FACILITY_VN = newFacilityId('VN');
const OWNER_VN = 'org-pm-supplier-vn';
const HANDLER_SUMMARY = 'Overtime beyond the legal limit reported on the sewing floor.';

/** Whose words and tracking code each caller reads: the cases it filed or handles; the supplier none. */
const TEXT: Record<Caller, GrievanceKey[]> = Object.fromEntries(
  CALLERS.map((caller) => [caller, caller === 'SUPPLIER' ? [] : GRIEVANCES[caller].sees]),
) as Record<Caller, GrievanceKey[]>;

graphql(`
  fragment GrievanceJurisdictionFields on Grievance {
    id
    trackingCode
    summary
    handlerSummary
  }
`);
const EVERY_PATH = graphql(`
  query GrievanceJurisdictionEveryPath($main: ID!, $quiet: ID!) {
    main: facility(id: $main) {
      grievances(first: 50) {
        edges {
          node {
            ...GrievanceJurisdictionFields
          }
        }
      }
    }
    quiet: facility(id: $quiet) {
      grievances(first: 50) {
        edges {
          node {
            ...GrievanceJurisdictionFields
          }
        }
      }
    }
    grievances(first: 50) {
      edges {
        node {
          ...GrievanceJurisdictionFields
        }
      }
    }
  }
`);
const PENDING = graphql(`
  query GrievanceJurisdictionPending($id: ID!) {
    grievance(id: $id) {
      id
      pendingTransfer {
        country {
          code
        }
      }
    }
  }
`);

const keyOf = (id: string) => GRIEVANCE_KEYS.find((key) => world.grievances[key] === id);
const stored = () => stack.em('grievances').findOneOrFail(Grievance, moving);
const auditCount = () => stack.em('grievances').count(AuditEntry, { target: `Grievance:${moving}` });

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
  const registry = stack.em('suppliers');
  addOrganization(registry, OWNER_VN, 'SUPPLIER', 'VN');
  addFacility(registry, FACILITY_VN, OWNER_VN);
  await registry.flush();
  const union = world.tokens.UNION!;
  moving = (
    await file(
      stack,
      {
        facility: { id: world.facilities.main },
        areas: ['WORKING_TIME'],
        summary: 'Unpaid overtime before shipment',
        description: DESCRIPTION,
        language: 'en',
        channel: 'WEB',
        facilityOwnerId: ORG.supplier,
      },
      union,
    )
  ).grievance.id;
  const version = (await stack.em('grievances').findOneOrFail(Grievance, world.grievances.union)).version;
  const written = await as(stack, world, 'REGULATOR_HOME', SUMMARIZE, {
    id: world.grievances.union,
    summary: HANDLER_SUMMARY,
    version,
  });
  expect(written.data?.summarizeGrievance!.userErrors).toEqual([]);
});
afterAll(() => stack?.stop());

describe.each(CALLERS)('%s', (caller) => {
  it(`reads the tracking code and the filer's summary of ${TEXT[caller].join(', ') || 'no case'}, the handler's summary of every case it sees`, async () => {
    const response = await as(stack, world, caller, EVERY_PATH, {
      main: world.facilities.main,
      quiet: world.facilities.quiet,
    });
    const connections: Path[] = [['main', 'grievances'], ['quiet', 'grievances'], ['grievances']];
    const denied: string[] = [];
    let nodes = 0;
    for (const connection of connections) {
      const edges = (valueAt(response, [...connection, 'edges']) ?? []) as { node: { id: string } }[];
      edges.forEach(({ node: { id } }, index) => {
        // The mutations' own case is, like the union's, filed by the union and handled by the supplier.
        const key = id === moving ? 'union' : keyOf(id);
        if (!key) throw new Error(`unexpected case ${id}`);
        nodes++;
        const node = [...connection, 'edges', index, 'node'];
        expect(valueAt(response, [...node, 'handlerSummary'])).toBe(
          id === world.grievances.union ? HANDLER_SUMMARY : null,
        );
        if (TEXT[caller].includes(key)) {
          expect(valueAt(response, [...node, 'trackingCode'])).toMatch(/^GRV-/);
          expect(valueAt(response, [...node, 'summary'])).toBe('Unpaid overtime before shipment');
        } else {
          for (const field of ['trackingCode', 'summary']) {
            expectDenied(response, [...node, field]);
            denied.push(`FORBIDDEN at ${[...node, field].join('.')}`);
          }
        }
      });
    }
    if (GRIEVANCES[caller].sees.length) expect(nodes).toBeGreaterThan(0);
    expect(errorsOf(response)).toEqual(denied.sort());
  });
});

const errorsOf = (response: MatrixResponse) =>
  (response.errors ?? []).map((error) => `${error.extensions?.code} at ${error.path?.join('.')}`).sort();

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
const only = (allowed: Partial<Record<Caller, Outcome>>): Record<Caller, Outcome> =>
  Object.fromEntries(CALLERS.map((caller) => [caller, allowed[caller] ?? 'NOT_FOUND'])) as Record<Caller, Outcome>;

/** On a case of the union, handled by the supplier as the facility's owner, in BD. */
const SEEN_AS = { SUPPLIER: 'FORBIDDEN', UNION: 'FORBIDDEN' } as const;
const SUMMARIZE_ROW = only({ ...SEEN_AS, REGULATOR_HOME: 'ok' });
const RELINK_ROW = only({ ...SEEN_AS, REGULATOR_HOME: 'ok', ADMIN: 'ok' });
const TRANSFER_ROW = only({ ...SEEN_AS, REGULATOR_HOME: 'ok', ADMIN: 'ok' });
/** With a transfer to VN pending: VN's regulator sees the case and answers; the requesting side withdraws. */
const ANSWER_ROW = only({ ...SEEN_AS, REGULATOR_HOME: 'FORBIDDEN', REGULATOR_FOREIGN: 'ok' });
const WITHDRAW_ROW = only({ ...SEEN_AS, REGULATOR_HOME: 'ok', ADMIN: 'ok', REGULATOR_FOREIGN: 'FORBIDDEN' });

type ChangePayload = { userErrors: readonly { code: string }[] } | undefined;

/** A refused attempt writes nothing: same version, no audit entry. */
async function expectOutcome(
  outcome: Outcome,
  run: () => Promise<GraphQLResponse<unknown>>,
  read: (data: unknown) => ChangePayload,
) {
  const [before, audited] = [(await stored()).version, await auditCount()];
  const response = await run();
  if (outcome === 'FORBIDDEN') expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  else {
    expect(response.errors).toBeUndefined();
    const userErrors = read(response.data)?.userErrors.map((error) => error.code);
    expect(userErrors).toEqual(outcome === 'ok' ? [] : ['NOT_FOUND']);
  }
  if (outcome !== 'ok') expect([(await stored()).version, await auditCount()]).toEqual([before, audited]);
}

const version = async () => (await stored()).version;
const request = async (caller: Caller) =>
  as(stack, world, caller, LINK, { id: moving, facility: FACILITY_VN, version: await version() });
const requestAsHome = async () => {
  const response = await request('REGULATOR_HOME');
  expect(response.data?.linkGrievanceToFacility!.userErrors).toEqual([]);
};

describe('mutations on a case’s jurisdiction and summary', () => {
  it.each(CALLERS)('summarizeGrievance as %s', async (caller) => {
    await expectOutcome(
      SUMMARIZE_ROW[caller],
      async () =>
        as(stack, world, caller, SUMMARIZE, { id: moving, summary: `By ${caller}`, version: await version() }),
      (data) => (data as { summarizeGrievance?: ChangePayload })?.summarizeGrievance,
    );
  });

  it.each(CALLERS)('linkGrievanceToFacility within the country (a relink) as %s', async (caller) => {
    const target =
      (await stored()).facilityId === world.facilities.main ? world.facilities.quiet : world.facilities.main;
    await expectOutcome(
      RELINK_ROW[caller],
      async () => as(stack, world, caller, LINK, { id: moving, facility: target, version: await version() }),
      (data) => (data as { linkGrievanceToFacility?: ChangePayload })?.linkGrievanceToFacility,
    );
  });

  it.each(CALLERS)(
    'linkGrievanceToFacility abroad (a transfer request), then withdrawGrievanceTransfer, as %s',
    async (caller) => {
      await expectOutcome(
        TRANSFER_ROW[caller],
        () => request(caller),
        (data) => (data as { linkGrievanceToFacility?: ChangePayload })?.linkGrievanceToFacility,
      );
      if (TRANSFER_ROW[caller] !== 'ok') await requestAsHome();
      expect((await stored()).transferCountry).toBe('VN');
      // Pending: VN's regulator sees it, and the case's pendingTransfer; who else sees the case reads it too.
      const pending = await as(stack, world, 'REGULATOR_FOREIGN', PENDING, { id: moving });
      expect(pending.data?.grievance?.pendingTransfer?.country.code).toBe('VN');
      await expectOutcome(
        WITHDRAW_ROW[caller],
        async () => as(stack, world, caller, WITHDRAW_TRANSFER, { id: moving, version: await version() }),
        (data) => (data as { withdrawGrievanceTransfer?: ChangePayload })?.withdrawGrievanceTransfer,
      );
      if (WITHDRAW_ROW[caller] !== 'ok') {
        const withdrawn = await as(stack, world, 'REGULATOR_HOME', WITHDRAW_TRANSFER, {
          id: moving,
          version: await version(),
        });
        expect(withdrawn.data?.withdrawGrievanceTransfer!.userErrors).toEqual([]);
      }
      expect((await stored()).transferCountry).toBeNull();
    },
  );

  it.each(CALLERS)('declineGrievanceTransfer as %s', async (caller) => {
    await requestAsHome();
    await expectOutcome(
      ANSWER_ROW[caller],
      async () => as(stack, world, caller, DECLINE, { id: moving, version: await version() }),
      (data) => (data as { declineGrievanceTransfer?: ChangePayload })?.declineGrievanceTransfer,
    );
    if (ANSWER_ROW[caller] !== 'ok') {
      const withdrawn = await as(stack, world, 'REGULATOR_HOME', WITHDRAW_TRANSFER, {
        id: moving,
        version: await version(),
      });
      expect(withdrawn.data?.withdrawGrievanceTransfer!.userErrors).toEqual([]);
    }
    expect(await stored()).toMatchObject({ transferCountry: null, facilityCountry: 'BD' });
  });

  // VN's regulator last: once it accepts, the case has left BD.
  const acceptOrder = [...CALLERS.filter((caller) => caller !== 'REGULATOR_FOREIGN'), 'REGULATOR_FOREIGN' as const];
  it.each(acceptOrder)('acceptGrievanceTransfer as %s', async (caller) => {
    if (!(await stored()).transferCountry) await requestAsHome();
    await expectOutcome(
      ANSWER_ROW[caller],
      async () => as(stack, world, caller, ACCEPT, { id: moving, version: await version() }),
      (data) => (data as { acceptGrievanceTransfer?: ChangePayload })?.acceptGrievanceTransfer,
    );
    if (ANSWER_ROW[caller] === 'ok')
      expect(await stored()).toMatchObject({
        facilityId: FACILITY_VN,
        facilityCountry: 'VN',
        facilityOwnerId: OWNER_VN,
      });
  });

  it('leaves the accepted case to VN: the home regulator and the supplier no longer see it', async () => {
    expect((await stored()).facilityCountry).toBe('VN');
    for (const caller of ['REGULATOR_HOME', 'SUPPLIER'] as const)
      expect((await as(stack, world, caller, PENDING, { id: moving })).data?.grievance).toBeNull();
    expect((await as(stack, world, 'UNION', PENDING, { id: moving })).data?.grievance?.id).toBe(moving);
  });
});
