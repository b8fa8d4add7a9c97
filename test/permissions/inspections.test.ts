import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { startTestStack, type TestStack } from '../support/stack';
import { as, buildWorld, NOW, ORG, type World } from './fixtures';
import { CALLERS, INSPECTIONS, type Caller, type Disclosure } from './matrix';
import { expectDenied, expectDeniedExactly, expectVisible, idsAt, type MatrixResponse, type Path } from './outcomes';

/**
 * Matrix rows of the inspections subgraph: which inspections each caller finds (by disclosure),
 * and whether it reads a finding's evidence and the list of buyers a report is shared with —
 * through the root list, by id, and through the registry's facility (the `_entities` path).
 */
let stack: TestStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
});
afterAll(() => stack?.stop());

const LIST = graphql(`
  query PermissionsInspectionList {
    inspections(first: 50) {
      totalCount
      edges {
        node {
          id
          disclosure
          sharedWith {
            id
          }
          findings {
            id
            evidence
          }
        }
      }
    }
  }
`);
const BY_ID = graphql(`
  query PermissionsInspectionsById($private: ID!, $shared: ID!, $public: ID!) {
    PRIVATE: inspection(id: $private) {
      id
      disclosure
      sharedWith {
        id
      }
      findings {
        id
        evidence
      }
    }
    SHARED_WITH_BUYERS: inspection(id: $shared) {
      id
      disclosure
      sharedWith {
        id
      }
      findings {
        id
        evidence
      }
    }
    PUBLIC: inspection(id: $public) {
      id
      disclosure
      sharedWith {
        id
      }
      findings {
        id
        evidence
      }
    }
  }
`);
const OF_FACILITY = graphql(`
  query PermissionsFacilityInspections($id: ID!) {
    facility(id: $id) {
      id
      inspections(first: 50) {
        totalCount
        edges {
          node {
            id
            disclosure
            sharedWith {
              id
            }
            findings {
              id
              evidence
            }
          }
        }
      }
    }
  }
`);

const disclosureOf = (id: string) =>
  (Object.entries(world.inspections).find(([, inspection]) => inspection.id === id)?.[0] ??
    `unexpected ${id}`) as Disclosure;

/** Evidence and sharedWith of one inspection node at `node`: the caller's row says visible or denied. */
function fieldPaths(caller: Caller, node: Path, disclosure: Disclosure) {
  const rule = INSPECTIONS[caller];
  const checks: { path: Path; value?: unknown; denied: boolean }[] = [
    { path: [...node, 'findings', 0, 'evidence'], value: `Interview notes ${disclosure}`, denied: !rule.evidence },
    {
      path: [...node, 'sharedWith'],
      value: disclosure === 'SHARED_WITH_BUYERS' ? [{ id: ORG.brand }] : [],
      denied: !rule.sharedWith,
    },
  ];
  return checks;
}

function expectNodeFields(response: MatrixResponse, caller: Caller, nodes: { node: Path; disclosure: Disclosure }[]) {
  const checks = nodes.flatMap(({ node, disclosure }) => fieldPaths(caller, node, disclosure));
  for (const check of checks) {
    if (check.denied) expectDenied(response, check.path);
    else expectVisible(response, check.path, check.value);
  }
  expectDeniedExactly(
    response,
    checks.filter((check) => check.denied).map((check) => check.path),
  );
}

const expectedIds = (caller: Caller) =>
  INSPECTIONS[caller].sees.map((disclosure) => world.inspections[disclosure].id).sort();

describe.each(CALLERS)('%s', (caller) => {
  it(`finds exactly the inspections ${INSPECTIONS[caller].sees.join(', ')} in the list, with evidence ${INSPECTIONS[caller].evidence ? 'readable' : 'denied'} and sharedWith ${INSPECTIONS[caller].sharedWith ? 'readable' : 'denied'}`, async () => {
    const response = await as(stack, world, caller, LIST);
    expect(idsAt(response, ['inspections'])).toEqual(expectedIds(caller));
    expect(response.data?.inspections!.totalCount).toBe(INSPECTIONS[caller].sees.length);
    const edges = response.data?.inspections!.edges ?? [];
    expectNodeFields(
      response,
      caller,
      edges.map((edge, index) => ({
        node: ['inspections', 'edges', index, 'node'],
        disclosure: disclosureOf(edge.node.id),
      })),
    );
  });

  it('gets null (no error) by id for the inspections it may not see, and the same fields for those it may', async () => {
    const { PRIVATE, SHARED_WITH_BUYERS, PUBLIC } = world.inspections;
    const response = await as(stack, world, caller, BY_ID, {
      private: PRIVATE.id,
      shared: SHARED_WITH_BUYERS.id,
      public: PUBLIC.id,
    });
    const visible = (['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC'] as const).filter((disclosure) =>
      INSPECTIONS[caller].sees.includes(disclosure),
    );
    for (const disclosure of ['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC'] as const) {
      expect(response.data?.[disclosure]?.id ?? null, disclosure).toBe(
        visible.includes(disclosure) ? world.inspections[disclosure].id : null,
      );
    }
    expectNodeFields(
      response,
      caller,
      visible.map((disclosure) => ({ node: [disclosure], disclosure })),
    );
  });

  it('finds the same inspections, evidence and buyers through Facility.inspections', async () => {
    const response = await as(stack, world, caller, OF_FACILITY, { id: world.facilities.main });
    expect(idsAt(response, ['facility', 'inspections'])).toEqual(expectedIds(caller));
    expect(response.data?.facility?.inspections?.totalCount).toBe(INSPECTIONS[caller].sees.length);
    const edges = response.data?.facility?.inspections?.edges ?? [];
    expectNodeFields(
      response,
      caller,
      edges.map((edge, index) => ({
        node: ['facility', 'inspections', 'edges', index, 'node'],
        disclosure: disclosureOf(edge.node.id),
      })),
    );
  });
});
