import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupplyChainLink } from '../subgraphs/suppliers/src/entities/supply-chain-link.entity';
import { graphql } from './__generated__';
import type { AuditCrossBorderEntriesFragment, AuditTrailFilter, TypedDocumentString } from './__generated__/graphql';
import { IN_FORCE, agreementIn, bilateral } from './agreements/support';
import { addInspection, newFacilityId } from './inspections/fixtures';
import { FILE_GRIEVANCE, submission } from './grievances/fixtures';
import { addFacility, addOrganization } from './support/registry';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/**
 * A regulator reading another country's data under a cooperation agreement leaves an entry in the
 * audit log of the subgraph that holds the data, in that country: who read it, which object
 * (`read:<Type>`, `Type:id`), and the clause it was read under — the data category, the sending
 * and the receiving country, and the agreement. The sending country's regulator reads those
 * entries through `auditTrail`. Reads on other grounds (its own country, public reports) carry no
 * clause and are not recorded as cross-border reads.
 */
let stack: TestStack;
let admin: string;
let netherlands: string;
let bangladesh: string;
let agreementId: string;

const NL_INSPECTORATE = 'org-audit-xb-nl-inspectorate';
const BD_INSPECTORATE = 'org-audit-xb-bd-inspectorate';
const BRAND = 'org-audit-xb-brand';
const facility = newFacilityId('BD');
const otherFacility = newFacilityId('BD');
const PRIVATE = 'insp-audit-xb-private';
const PUBLIC = 'insp-audit-xb-public';
const MANY = Array.from({ length: 12 }, (_, n) => `insp-audit-xb-many-${n}`);
const HIDDEN_LINK = `scl-audit-xb-hidden-${facility}`;

const INSPECTION = graphql(`
  query AuditCrossBorderInspection($id: ID!) {
    inspection(id: $id) {
      id
      findings {
        id
        severity
        correctiveActions {
          id
          status
        }
      }
    }
  }
`);
const INSPECTIONS = graphql(`
  query AuditCrossBorderInspections($first: Int!) {
    inspections(first: $first, filter: { countries: ["BD"] }) {
      edges {
        node {
          id
          findings {
            severity
          }
        }
      }
    }
  }
`);
const CASES = graphql(`
  query AuditCrossBorderCases {
    grievances(first: 20) {
      edges {
        node {
          id
          status
          areas
        }
      }
    }
  }
`);
const SUPPLY_CHAIN = graphql(`
  query AuditCrossBorderSupplyChain($brand: ID!) {
    organization(id: $brand) {
      supplyChain(first: 20) {
        edges {
          node {
            id
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
const BOUGHT_FROM = graphql(`
  query AuditCrossBorderBoughtFrom($brand: ID!) {
    facilities(first: 20, filter: { buyer: $brand }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
graphql(`
  fragment AuditCrossBorderEntries on AuditEntryConnection {
    totalCount
    edges {
      node {
        subject
        organizationId
        role
        operation
        target
        country
        detail
        clause {
          category
          from
          to
          agreementIds
        }
      }
    }
  }
`);
const TRAILS = {
  inspections: graphql(`
    query AuditCrossBorderInspectionsTrail($filter: AuditTrailFilter) {
      auditTrail {
        inspections(first: 100, filter: $filter) {
          ...AuditCrossBorderEntries
        }
      }
    }
  `),
  grievances: graphql(`
    query AuditCrossBorderGrievancesTrail($filter: AuditTrailFilter) {
      auditTrail {
        grievances(first: 100, filter: $filter) {
          ...AuditCrossBorderEntries
        }
      }
    }
  `),
  suppliers: graphql(`
    query AuditCrossBorderSuppliersTrail($filter: AuditTrailFilter) {
      auditTrail {
        suppliers(first: 100, filter: $filter) {
          ...AuditCrossBorderEntries
        }
      }
    }
  `),
};

type Log = keyof typeof TRAILS;
/** The three documents differ only in the log they read: one connection under `auditTrail`. */
type TrailResult = { auditTrail: Record<string, AuditCrossBorderEntriesFragment> };
type TrailVariables = { filter?: AuditTrailFilter | null };
/** One log's entries that `subject` left, as a regulator (by default the sending country's) reads them. */
async function entriesOf(log: Log, filter: AuditTrailFilter, token = bangladesh) {
  const response = await stack.query(
    TRAILS[log] as TypedDocumentString<TrailResult, TrailVariables>,
    { filter },
    { token },
  );
  return Object.values(dataOf(response).auditTrail)[0];
}
const trail = async (log: Log, subject: string, operation?: string) =>
  (await entriesOf(log, { subject, operation })).edges.map((edge) => edge.node);

const clause = (category: string) => ({ category, from: 'BD', to: 'NL', agreementIds: [agreementId] });

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2026-06-01T09:00:00Z') });
  admin = await stack.token({ role: 'ADMIN', subject: 'admin-1' });
  netherlands = await stack.token({
    role: 'REGULATOR',
    organizationId: NL_INSPECTORATE,
    country: 'NL',
    subject: 'nl-xb-inspector',
  });
  bangladesh = await stack.token({
    role: 'REGULATOR',
    organizationId: BD_INSPECTORATE,
    country: 'BD',
    subject: 'bd-xb-inspector',
  });

  const suppliers = stack.em('suppliers');
  addOrganization(suppliers, BRAND, 'BRAND', 'NL');
  addFacility(suppliers, facility, null);
  addFacility(suppliers, otherFacility, null, [BRAND]); // a publicly disclosed link
  suppliers.create(SupplyChainLink, {
    id: HIDDEN_LINK,
    buyer: BRAND,
    facility,
    tier: 1,
    since: '2024-01-01',
    until: null,
    products: [],
    publiclyDisclosed: false,
  });
  await suppliers.flush();

  const inspections = stack.em('inspections');
  const findings = [{ severity: 'MAJOR' as const, actions: [{ dueOn: '2026-07-01', status: 'PLANNED' as const }] }];
  addInspection(inspections, {
    id: PRIVATE,
    facilityId: facility,
    conductedById: BD_INSPECTORATE,
    kind: 'LABOUR_INSPECTORATE',
    disclosure: 'PRIVATE',
    findings,
  });
  addInspection(inspections, { id: PUBLIC, facilityId: facility, disclosure: 'PUBLIC', findings });
  for (const id of MANY)
    addInspection(inspections, { id, facilityId: otherFacility, disclosure: 'PRIVATE', findings: [{}, {}] });
  await inspections.flush();

  const filed = await stack.query(FILE_GRIEVANCE, {
    input: submission({ facility: { id: facility }, areas: ['FREEDOM_OF_ASSOCIATION'] }),
    key: randomUUID(),
  });
  expect(dataOf(filed).submitGrievance!.grievance?.id).toBeTruthy();

  const agreement = await agreementIn(
    stack,
    admin,
    bilateral('BD', 'NL', ['INSPECTION_FINDINGS', 'GRIEVANCE_CASES', 'SUPPLIER_REGISTRY'], 'BD–NL audit test'),
    IN_FORCE,
  );
  agreementId = agreement.id;
});
afterAll(() => stack?.stop());

describe('cross-border reads of inspection findings', () => {
  it('records every inspection, finding and corrective action a foreign regulator reads, with the clause', async () => {
    const read = dataOf(await stack.query(INSPECTION, { id: PRIVATE }, { token: netherlands }));
    expect(read.inspection?.findings).toHaveLength(1);

    const entries = await trail('inspections', 'nl-xb-inspector');
    expect(entries.map((entry) => `${entry.operation} ${entry.target} ${entry.detail}`).sort()).toEqual([
      `read:CorrectiveAction CorrectiveAction:${PRIVATE}-f0-a0 Inspection:${PRIVATE}`,
      `read:Finding Finding:${PRIVATE}-f0 Inspection:${PRIVATE}`,
      `read:Inspection Inspection:${PRIVATE} null`,
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({
        role: 'REGULATOR',
        organizationId: NL_INSPECTORATE,
        country: 'BD',
        clause: clause('INSPECTION_FINDINGS'),
      });
  });

  it('records no cross-border read of a published public report, nor the home regulator’s reads', async () => {
    const before = await trail('inspections', 'nl-xb-inspector');
    expect(dataOf(await stack.query(INSPECTION, { id: PUBLIC }, { token: netherlands })).inspection?.id).toBe(PUBLIC);
    expect(await trail('inspections', 'nl-xb-inspector')).toHaveLength(before.length);

    expect(dataOf(await stack.query(INSPECTION, { id: PRIVATE }, { token: bangladesh })).inspection?.id).toBe(PRIVATE);
    expect(await trail('inspections', 'bd-xb-inspector', 'read:Inspection')).toEqual([]);
  });

  it('audits a long list read abroad in as many statements as a short one', async () => {
    let read: string[] = [];
    const statements = async (first: number) => {
      const before = stack.queries.count;
      const edges = dataOf(await stack.query(INSPECTIONS, { first }, { token: netherlands })).inspections!.edges;
      expect(edges).toHaveLength(first);
      read = edges.map((edge) => edge.node.id);
      return stack.queries.count - before;
    };
    await statements(2);
    const short = await statements(2);
    const long = await statements(12);
    expect(long).toBe(short);
    // Every inspection of the long list but the public report is in the log.
    const listed = new Set(
      (await trail('inspections', 'nl-xb-inspector', 'read:Inspection')).map((entry) => entry.target),
    );
    expect(read.filter((id) => id !== PUBLIC && !listed.has(`Inspection:${id}`))).toEqual([]);
    expect(listed.has(`Inspection:${PUBLIC}`)).toBe(false);
  });
});

describe('cross-border reads of grievance cases', () => {
  it('records every case a foreign regulator reads, with the clause', async () => {
    const cases = dataOf(await stack.query(CASES, {}, { token: netherlands })).grievances!.edges;
    expect(cases).toHaveLength(1);
    expect(await trail('grievances', 'nl-xb-inspector')).toEqual([
      {
        subject: 'nl-xb-inspector',
        organizationId: NL_INSPECTORATE,
        role: 'REGULATOR',
        operation: 'read:Grievance',
        target: `Grievance:${cases[0].node.id}`,
        country: 'BD',
        detail: null,
        clause: clause('GRIEVANCE_CASES'),
      },
    ]);
    // The home regulator reads the same case in its own jurisdiction: no clause, no such entry.
    expect(dataOf(await stack.query(CASES, {}, { token: bangladesh })).grievances!.edges).toHaveLength(1);
    expect(await trail('grievances', 'bd-xb-inspector', 'read:Grievance')).toEqual([]);
  });
});

describe('cross-border reads of the supplier registry', () => {
  it('records an undisclosed supply-chain link a foreign regulator reads, not a disclosed one', async () => {
    const links = dataOf(await stack.query(SUPPLY_CHAIN, { brand: BRAND }, { token: netherlands })).organization
      ?.supplyChain!.edges;
    expect(links?.map((edge) => edge.node.publiclyDisclosed).sort()).toEqual([false, true]);
    expect(await trail('suppliers', 'nl-xb-inspector')).toEqual([
      {
        subject: 'nl-xb-inspector',
        organizationId: NL_INSPECTORATE,
        role: 'REGULATOR',
        operation: 'read:SupplyChainLink',
        target: `SupplyChainLink:${HIDDEN_LINK}`,
        country: 'BD',
        detail: `Facility:${facility}`,
        clause: clause('SUPPLIER_REGISTRY'),
      },
    ]);
  });

  it('records the undisclosed link a list of facilities filtered by buyer reveals', async () => {
    const before = (await trail('suppliers', 'nl-xb-inspector')).length;
    const facilities = dataOf(await stack.query(BOUGHT_FROM, { brand: BRAND }, { token: netherlands })).facilities!
      .edges;
    expect(facilities.map((edge) => edge.node.id).sort()).toEqual([facility, otherFacility].sort());
    const entries = await trail('suppliers', 'nl-xb-inspector');
    // Only the undisclosed link abroad, again: the disclosed one is public knowledge.
    expect(entries).toHaveLength(before + 1);
    for (const entry of entries)
      expect(entry).toMatchObject({
        operation: 'read:SupplyChainLink',
        target: `SupplyChainLink:${HIDDEN_LINK}`,
        clause: clause('SUPPLIER_REGISTRY'),
      });
  });
});

describe('who reads the entries', () => {
  it('shows them to the sending country’s regulator, not to the reader’s own', async () => {
    for (const log of Object.keys(TRAILS) as Log[]) {
      expect((await entriesOf(log, { subject: 'nl-xb-inspector' }, netherlands)).totalCount).toBe(0);
      expect((await entriesOf(log, { subject: 'nl-xb-inspector' })).totalCount).toBeGreaterThan(0);
    }
  });
});
