import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import type { ComplianceArea } from '../__generated__/graphql';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addedEntries, auditEntries } from './audit-log';
import { as, buildWorld, COMPLAINANTS, DESCRIPTION, NOW, PRINCIPALS, type World } from './fixtures';
import { CALLERS, GRIEVANCE_COUNTS, GRIEVANCE_KEYS, GRIEVANCES, type Caller, type GrievanceKey } from './matrix';
import {
  expectDenied,
  expectDeniedExactly,
  expectVisible,
  idsAt,
  valueAt,
  type MatrixResponse,
  type Path,
} from './outcomes';

/**
 * Matrix rows of the grievances subgraph: which cases each caller finds — about the facilities
 * (Facility.grievances, where the supplier finds all of them) and in the root list and by id —,
 * whether it reads the complainant's identity, contact and the description, the small-cell suppression of the
 * facility summary and the statistics, and the audit entry every successful confidential read
 * leaves for ADMIN.
 */
let stack: TestStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
});
afterAll(() => stack?.stop());

/** What every matrix query reads of a case: its id and the confidential fields. */
graphql(`
  fragment PermissionsGrievanceCase on Grievance {
    id
    complainantIdentity
    contact
    description
    dialogue {
      id
    }
  }
`);

const LIST = graphql(`
  query PermissionsGrievanceList {
    grievances(first: 50) {
      totalCount
      edges {
        node {
          ...PermissionsGrievanceCase
        }
      }
    }
  }
`);
/** Every case of the matrix by id, one alias per GRIEVANCE_KEYS entry (reading `data[key]` checks that none is missing). */
const BY_ID = graphql(`
  query PermissionsGrievancesById(
    $union: ID!
    $civilSociety: ID!
    $worker: ID!
    $anonymousA: ID!
    $anonymousB: ID!
    $quietA: ID!
    $quietB: ID!
  ) {
    union: grievance(id: $union) {
      ...PermissionsGrievanceCase
    }
    civilSociety: grievance(id: $civilSociety) {
      ...PermissionsGrievanceCase
    }
    worker: grievance(id: $worker) {
      ...PermissionsGrievanceCase
    }
    anonymousA: grievance(id: $anonymousA) {
      ...PermissionsGrievanceCase
    }
    anonymousB: grievance(id: $anonymousB) {
      ...PermissionsGrievanceCase
    }
    quietA: grievance(id: $quietA) {
      ...PermissionsGrievanceCase
    }
    quietB: grievance(id: $quietB) {
      ...PermissionsGrievanceCase
    }
  }
`);

const OF_FACILITIES = graphql(`
  query PermissionsFacilityGrievances($main: ID!, $quiet: ID!) {
    main: facility(id: $main) {
      grievances(first: 50) {
        totalCount
        edges {
          node {
            ...PermissionsGrievanceCase
          }
        }
      }
    }
    quiet: facility(id: $quiet) {
      grievances(first: 50) {
        totalCount
        edges {
          node {
            ...PermissionsGrievanceCase
          }
        }
      }
    }
  }
`);
const OF_OWN_FACILITIES = graphql(`
  query PermissionsOwnFacilityGrievances {
    viewer {
      organization {
        facilities(first: 5) {
          edges {
            node {
              id
              grievances(first: 10) {
                totalCount
                edges {
                  node {
                    ...PermissionsGrievanceCase
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query PermissionsGrievanceSummary($main: ID!, $quiet: ID!) {
    main: facility(id: $main) {
      grievanceSummary {
        open
        overdue
        resolved
        suppressed
        byArea {
          area
          open
          suppressed
        }
      }
    }
    quiet: facility(id: $quiet) {
      grievanceSummary {
        open
        overdue
        resolved
        suppressed
      }
    }
  }
`);
const STATS = graphql(`
  query PermissionsGrievanceStats {
    grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: ["BD"] }) {
      country {
        code
      }
      area
      cases
      open
      overdue
      suppressed
    }
  }
`);

const keyOf = (id: string) =>
  GRIEVANCE_KEYS.find((key) => world.grievances[key] === id) ?? (`unexpected ${id}` as GrievanceKey);
const ids = (keys: readonly GrievanceKey[]) => keys.map((key) => world.grievances[key]).sort();
/** Query.grievances and Query.grievance: for the supplier only the cases recording it as owner. */
const rootRows = (caller: Caller) => GRIEVANCES[caller].root ?? GRIEVANCES[caller].sees;
/** Every node of the connections at these paths, with the matrix key of its case. */
const nodesOf = (response: MatrixResponse, connections: Path[]) =>
  connections.flatMap((path) =>
    (valueAt(response, path) as { edges: { node: { id: string } }[] }).edges.map((edge, index) => ({
      node: [...path, 'edges', index, 'node'],
      key: keyOf(edge.node.id),
    })),
  );

/**
 * Identity and contact readable for the handler and filer only; the description and the dialogue
 * with the worker (none was started in this world) for those who file or handle the case.
 */
function expectCaseFields(response: MatrixResponse, caller: Caller, nodes: { node: Path; key: GrievanceKey }[]) {
  const denied: Path[] = [];
  for (const { node, key } of nodes) {
    if ((GRIEVANCES[caller].text ?? GRIEVANCES[caller].sees).includes(key)) {
      expectVisible(response, [...node, 'description'], DESCRIPTION);
      expectVisible(response, [...node, 'dialogue'], []);
    } else {
      for (const field of ['description', 'dialogue']) {
        expectDenied(response, [...node, field]);
        denied.push([...node, field]);
      }
    }
    for (const field of ['complainantIdentity', 'contact'] as const) {
      if (GRIEVANCES[caller].identity.includes(key))
        expectVisible(response, [...node, field], COMPLAINANTS[key][field]);
      else {
        expectDenied(response, [...node, field]);
        denied.push([...node, field]);
      }
    }
  }
  expectDeniedExactly(response, denied);
}

describe.each(CALLERS)('%s', (caller) => {
  const rule = GRIEVANCES[caller];

  it(`finds on the facilities exactly the cases ${rule.sees.join(', ') || '(none)'}, with identity and contact only for ${rule.identity.join(', ') || '(none)'}`, async () => {
    const response = await as(stack, world, caller, OF_FACILITIES, {
      main: world.facilities.main,
      quiet: world.facilities.quiet,
    });
    expect([...idsAt(response, ['main', 'grievances']), ...idsAt(response, ['quiet', 'grievances'])].sort()).toEqual(
      ids(rule.sees),
    );
    // idsAt has failed the test unless both connections are there.
    expect(response.data!.main!.grievances!.totalCount + response.data!.quiet!.grievances!.totalCount).toBe(
      rule.sees.length,
    );
    expectCaseFields(
      response,
      caller,
      nodesOf(response, [
        ['main', 'grievances'],
        ['quiet', 'grievances'],
      ]),
    );
  });

  it(`lists in Query.grievances exactly the cases ${rootRows(caller).join(', ') || '(none)'}, with the same fields`, async () => {
    const response = await as(stack, world, caller, LIST);
    expect(idsAt(response, ['grievances'])).toEqual(ids(rootRows(caller)));
    expect(response.data?.grievances!.totalCount).toBe(rootRows(caller).length);
    expectCaseFields(response, caller, nodesOf(response, [['grievances']]));
  });

  it('gets null (no error) by id for the cases outside Query.grievances, and the same fields for those in it', async () => {
    const response = await as(stack, world, caller, BY_ID, world.grievances);
    for (const key of GRIEVANCE_KEYS)
      expect(response.data?.[key]?.id ?? null, key).toBe(rootRows(caller).includes(key) ? world.grievances[key] : null);
    expectCaseFields(
      response,
      caller,
      rootRows(caller).map((key) => ({ node: [key], key })),
    );
  });

  it(`sees ${GRIEVANCE_COUNTS[caller] === 'all' ? 'every count' : 'counts under 5 withheld'} in Facility.grievanceSummary`, async () => {
    const response = await as(stack, world, caller, SUMMARY, {
      main: world.facilities.main,
      quiet: world.facilities.quiet,
    });
    expect(response.errors).toBeUndefined();
    const { main, quiet } = dataOf(response);
    const area = (name: ComplianceArea) => main?.grievanceSummary?.byArea.find((row) => row.area === name);
    if (GRIEVANCE_COUNTS[caller] === 'all') {
      expect(main?.grievanceSummary).toMatchObject({ open: 5, overdue: 0, resolved: 0, suppressed: false });
      expect([area('WORKING_TIME'), area('FREEDOM_OF_ASSOCIATION')]).toEqual([
        { area: 'WORKING_TIME', open: 5, suppressed: false },
        { area: 'FREEDOM_OF_ASSOCIATION', open: 1, suppressed: false },
      ]);
      expect(quiet?.grievanceSummary).toEqual({ open: 2, overdue: 0, resolved: 0, suppressed: false });
    } else {
      // The five cases differ in filer kind or status: every cell is under 5, so nothing is shown.
      expect(main?.grievanceSummary).toMatchObject({ open: null, overdue: null, resolved: null, suppressed: true });
      expect([area('WORKING_TIME'), area('FREEDOM_OF_ASSOCIATION')]).toEqual([
        { area: 'WORKING_TIME', open: null, suppressed: true },
        { area: 'FREEDOM_OF_ASSOCIATION', open: null, suppressed: true },
      ]);
      expect(quiet?.grievanceSummary).toEqual({ open: null, overdue: null, resolved: null, suppressed: true });
    }
  });

  it(`sees ${GRIEVANCE_COUNTS[caller] === 'all' ? 'every count' : 'cells under 5 withheld'} in grievanceStats`, async () => {
    const response = await as(stack, world, caller, STATS);
    expect(response.errors).toBeUndefined();
    const cell = (area: ComplianceArea) => dataOf(response).grievanceStats!.find((row) => row.area === area);
    const all = GRIEVANCE_COUNTS[caller] === 'all';
    expect(cell('WORKING_TIME')).toEqual({
      country: { code: 'BD' },
      area: 'WORKING_TIME',
      cases: all ? 7 : null,
      open: all ? 7 : null,
      overdue: all ? 0 : null,
      suppressed: !all,
    });
    expect(cell('FREEDOM_OF_ASSOCIATION')).toEqual(
      all
        ? { country: { code: 'BD' }, area: 'FREEDOM_OF_ASSOCIATION', cases: 1, open: 1, overdue: 0, suppressed: false }
        : {
            country: { code: 'BD' },
            area: 'FREEDOM_OF_ASSOCIATION',
            cases: null,
            open: null,
            overdue: null,
            suppressed: true,
          },
    );
  });
});

describe('SUPPLIER through its organisation', () => {
  it('finds every case about the facilities it owns, the description and the complainant FORBIDDEN', async () => {
    const response = await as(stack, world, 'SUPPLIER', OF_OWN_FACILITIES);
    const facilities = response.data?.viewer!.organization?.facilities!.edges ?? [];
    expect(facilities.map((edge) => edge.node.id).sort()).toEqual(Object.values(world.facilities).sort());
    const connections: Path[] = facilities.map((_edge, index) => [
      'viewer',
      'organization',
      'facilities',
      'edges',
      index,
      'node',
      'grievances',
    ]);
    expect(connections.flatMap((path) => idsAt(response, path)).sort()).toEqual(ids(GRIEVANCES.SUPPLIER.sees));
    expectCaseFields(response, 'SUPPLIER', nodesOf(response, connections));
  });
});

describe('the audit log of confidential reads', () => {
  const READS = [
    'read:Grievance.complainantIdentity',
    'read:Grievance.contact',
    'read:Grievance.description',
    'read:Grievance.dialogue',
  ];
  const entries = (filter: Record<string, unknown>) => auditEntries(stack, world, 'ADMIN', 'grievances', filter);
  for (const caller of CALLERS.filter((name) => name !== 'PUBLIC')) {
    it(`${caller}: each successful read of an identity, contact, description or dialogue adds one entry, a denied one none`, async () => {
      const principal = PRINCIPALS[caller as Exclude<Caller, 'PUBLIC'>];
      const before = await entries({ subject: principal.subject });
      const response = await as(stack, world, caller, BY_ID, world.grievances);
      const read = GRIEVANCE_KEYS.filter((key) => response.data?.[key]).flatMap((key) =>
        (['complainantIdentity', 'contact', 'description', 'dialogue'] as const)
          .filter((field) => !(response.errors ?? []).some((error) => error.path?.join('.') === `${key}.${field}`))
          .map((field) => `read:Grievance.${field} Grievance:${world.grievances[key]}`),
      );
      // Which reads are allowed is the rows' business above; here every read that succeeded must be on record.
      const readsText = rootRows(caller).some((key) =>
        (GRIEVANCES[caller].text ?? GRIEVANCES[caller].sees).includes(key),
      );
      if (readsText) expect(read.length).toBeGreaterThan(0);

      const afterRead = await entries({ subject: principal.subject });
      expect(addedEntries(before, afterRead)).toEqual(read.sort());
      const written = afterRead.filter((entry) => READS.includes(entry.operation));
      expect(
        written.every(
          (entry) =>
            entry.role === principal.role &&
            entry.organizationId === (principal.organizationId ?? null) &&
            entry.country === 'BD',
        ),
      ).toBe(true);
    });
  }

  it('PUBLIC: reads nothing confidential, so no read entry is ever written for it', async () => {
    const response = await as(stack, world, 'PUBLIC', BY_ID, world.grievances);
    expect(GRIEVANCE_KEYS.map((key) => response.data?.[key])).toEqual(GRIEVANCE_KEYS.map(() => null));
    for (const operation of READS)
      expect((await entries({ operation })).filter((entry) => entry.role === 'PUBLIC')).toEqual([]);
  });
});
