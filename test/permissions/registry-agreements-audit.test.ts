import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { AUDITING_SUBGRAPHS, auditEntries, type AuditingSubgraph } from './audit-log';
import { as, buildWorld, NOW, ORG, PRINCIPALS, type World } from './fixtures';
import { AUDIT_TRAIL, CALLERS, DRAFT_AGREEMENT, LIST_IMPORTS, UNDISCLOSED_LINKS, type Caller } from './matrix';
import { expectDenied, expectDeniedExactly, expectVisible, idsAt } from './outcomes';

/**
 * Matrix rows of the registry (undisclosed supply-chain links, uploaded facility lists), of the
 * agreements (drafts) and of the audit log, which every subgraph contributes to.
 */
let stack: TestStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
});
afterAll(() => stack?.stop());

const sorted = (ids: string[]) => [...ids].sort();

const SUPPLY_CHAIN = graphql(`
  query PermissionsSupplyChain($brand: ID!) {
    organization(id: $brand) {
      supplyChain(first: 50) {
        totalCount
        edges {
          node {
            publiclyDisclosed
            facility {
              id
            }
          }
        }
      }
    }
  }
`);
const BUYERS = graphql(`
  query PermissionsBuyers($main: ID!, $hidden: ID!, $brand: ID!) {
    main: facility(id: $main) {
      buyers {
        publiclyDisclosed
        buyer {
          id
        }
      }
    }
    hidden: facility(id: $hidden) {
      buyers {
        publiclyDisclosed
        buyer {
          id
        }
      }
    }
    facilities(first: 50, filter: { buyer: $brand }) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const LIST_UPLOADS = graphql(`
  query PermissionsFacilityListImports($brandImport: ID!, $supplierImport: ID!, $brand: ID!, $supplier: ID!) {
    brandImport: facilityListImport(id: $brandImport) {
      id
      organization {
        id
      }
    }
    supplierImport: facilityListImport(id: $supplierImport) {
      id
      organization {
        id
      }
    }
    brand: organization(id: $brand) {
      facilityListImports {
        totalCount
      }
    }
    supplier: organization(id: $supplier) {
      facilityListImports {
        totalCount
      }
    }
  }
`);
const AGREEMENTS = graphql(`
  query PermissionsDraftAgreement($draft: ID!, $inForce: ID!) {
    agreements(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    draft: agreement(id: $draft) {
      id
      status
    }
    inForce: agreement(id: $inForce) {
      id
      status
    }
    bd: country(code: "BD") {
      agreements {
        id
      }
    }
    vn: country(code: "VN") {
      agreements {
        id
      }
    }
  }
`);

/** One subgraph's part of the audit trail per request: a denied part nulls the whole trail, and the gateway then asks no other subgraph. */
const TRAIL_PART: Record<AuditingSubgraph, (caller: Caller) => Promise<GraphQLResponse<{ auditTrail: unknown }>>> = {
  suppliers: (caller) =>
    as(
      stack,
      world,
      caller,
      graphql(`
        query PermissionsTrailSuppliers {
          auditTrail {
            suppliers(first: 1) {
              totalCount
              edges {
                node {
                  operation
                }
              }
            }
          }
        }
      `),
    ),
  agreements: (caller) =>
    as(
      stack,
      world,
      caller,
      graphql(`
        query PermissionsTrailAgreements {
          auditTrail {
            agreements(first: 1) {
              totalCount
              edges {
                node {
                  operation
                }
              }
            }
          }
        }
      `),
    ),
  inspections: (caller) =>
    as(
      stack,
      world,
      caller,
      graphql(`
        query PermissionsTrailInspections {
          auditTrail {
            inspections(first: 1) {
              totalCount
              edges {
                node {
                  operation
                }
              }
            }
          }
        }
      `),
    ),
  grievances: (caller) =>
    as(
      stack,
      world,
      caller,
      graphql(`
        query PermissionsTrailGrievances {
          auditTrail {
            grievances(first: 1) {
              totalCount
              edges {
                node {
                  operation
                }
              }
            }
          }
        }
      `),
    ),
};

describe.each(CALLERS)('%s', (caller) => {
  const undisclosed = UNDISCLOSED_LINKS[caller];
  const linked = () => sorted([world.facilities.main, ...(undisclosed ? [world.facilities.hidden] : [])]);

  it(`${undisclosed ? 'sees' : 'does not see'} the brand's undisclosed link in Organization.supplyChain`, async () => {
    const links = dataOf(await as(stack, world, caller, SUPPLY_CHAIN, { brand: ORG.brand })).organization?.supplyChain;
    expect(sorted(links?.edges.map((edge) => edge.node.facility.id) ?? [])).toEqual(linked());
    expect(links?.totalCount).toBe(linked().length);
  });

  it(`${undisclosed ? 'sees' : 'does not see'} the undisclosed buyer in Facility.buyers and in facilities(filter: { buyer })`, async () => {
    const response = await as(stack, world, caller, BUYERS, {
      main: world.facilities.main,
      hidden: world.facilities.hidden,
      brand: ORG.brand,
    });
    const { main, hidden } = dataOf(response);
    expect(main?.buyers).toEqual([{ publiclyDisclosed: true, buyer: { id: ORG.brand } }]);
    expect(hidden?.buyers).toEqual(undisclosed ? [{ publiclyDisclosed: false, buyer: { id: ORG.brand } }] : []);
    expect(idsAt(response, ['facilities'])).toEqual(linked());
  });

  const imports = LIST_IMPORTS[caller];
  it(`reads the uploaded facility lists of ${imports.join(' and ') || 'nobody'}`, async () => {
    const response = await as(stack, world, caller, LIST_UPLOADS, {
      brandImport: world.imports.brand,
      supplierImport: world.imports.supplier,
      brand: ORG.brand,
      supplier: ORG.supplier,
    });
    const uploads = {
      brand: { importId: world.imports.brand, count: 2 },
      supplier: { importId: world.imports.supplier, count: 1 },
    };
    const byId = { brand: response.data?.brandImport, supplier: response.data?.supplierImport };
    for (const owner of ['brand', 'supplier'] as const) {
      expect(byId[owner], `${owner}'s import by id`).toEqual(
        imports.includes(owner) ? { id: uploads[owner].importId, organization: { id: ORG[owner] } } : null,
      );
      if (imports.includes(owner))
        expectVisible(response, [owner, 'facilityListImports'], { totalCount: uploads[owner].count });
      else expectDenied(response, [owner, 'facilityListImports']);
    }
    expectDeniedExactly(
      response,
      (['brand', 'supplier'] as const)
        .filter((owner) => !imports.includes(owner))
        .map((owner) => [owner, 'facilityListImports']),
    );
  });

  it(`${DRAFT_AGREEMENT[caller] ? 'sees' : 'does not see'} the draft agreement, in the list, by id and on its parties' countries; the agreement in force always`, async () => {
    const response = await as(stack, world, caller, AGREEMENTS, {
      draft: world.agreements.draft,
      inForce: world.agreements.inForce,
    });
    const data = dataOf(response);
    const draft = DRAFT_AGREEMENT[caller] ? [world.agreements.draft] : [];
    const inForce = [world.agreements.inForce, world.agreements.accord];
    expect(idsAt(response, ['agreements'])).toEqual(sorted([...inForce, ...draft]));
    expect(data.draft).toEqual(DRAFT_AGREEMENT[caller] ? { id: world.agreements.draft, status: 'DRAFT' } : null);
    expect(data.inForce).toEqual({ id: world.agreements.inForce, status: 'IN_FORCE' });
    expect(sorted(data.bd?.agreements!.map((agreement) => agreement.id) ?? [])).toEqual(sorted([...inForce, ...draft]));
    expect(data.vn?.agreements!.map((agreement) => agreement.id)).toEqual(draft);
  });

  const access = AUDIT_TRAIL[caller];

  if (access === 'denied') {
    it.each(AUDITING_SUBGRAPHS)('is refused auditTrail.%s with FORBIDDEN', async (subgraph) => {
      const response = await TRAIL_PART[subgraph](caller);
      // Another subgraph's part is nullable (its outage must not null the trail), so its refusal
      // nulls only that part; the registry's own part is non-null and nulls the trail.
      expect(response.data?.auditTrail ?? null).toEqual(subgraph === 'suppliers' ? null : { [subgraph]: null });
      expectDeniedExactly(response, [['auditTrail', subgraph]]);
    });
  } else if (access === 'all') {
    it('reads every subgraph’s audit entries, the world’s writes among them', async () => {
      const operations = await Promise.all(
        AUDITING_SUBGRAPHS.map(
          async (subgraph) =>
            new Set((await auditEntries(stack, world, caller, subgraph)).map((entry) => entry.operation.split(':')[0])),
        ),
      );
      expect(operations.map((seen) => [...seen].sort())).toEqual([
        ['importFacilityList'],
        ['changeAgreementStatus', 'createAgreement'],
        ['publishInspection', 'submitInspection'],
        ['submitGrievance', 'transitionGrievance'],
      ]);
    });
  } else {
    const jurisdiction = PRINCIPALS[caller as Exclude<Caller, 'PUBLIC'>].country!;
    it(`reads exactly the audit entries about its jurisdiction (${jurisdiction}) in every subgraph`, async () => {
      for (const subgraph of AUDITING_SUBGRAPHS) {
        const everything = await auditEntries(stack, world, 'ADMIN', subgraph);
        const own = await auditEntries(stack, world, caller, subgraph);
        expect(own, subgraph).toEqual(everything.filter((entry) => entry.country === jurisdiction));
      }
      // The home regulator's jurisdiction holds the inspected facility; the others only agreements they are party to.
      const counts = await Promise.all(
        AUDITING_SUBGRAPHS.map(async (subgraph) => (await auditEntries(stack, world, caller, subgraph)).length),
      );
      expect(counts.map((count) => count > 0)).toEqual(
        jurisdiction === 'BD' ? [true, true, true, true] : [false, true, false, false],
      );
    });
  }
});
