import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../runtime/principal';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addInspection, newFacilityId } from './fixtures';

/** The inspections subgraph's rows of the permission matrix, through the gateway. */
const BD_FACILITY = newFacilityId('BD');
const VN_FACILITY = newFacilityId('VN');
const [SUPPLIER_BD, SUPPLIER_VN, BRAND, OTHER_BRAND, AUDITOR, OTHER_AUDITOR] = [
  'org-sup-bd',
  'org-sup-vn',
  'org-brand-1',
  'org-brand-2',
  'org-audit-1',
  'org-audit-2',
];
const [REGULATOR_BD, REGULATOR_VN, REGULATOR_NL] = ['org-reg-bd', 'org-reg-vn', 'org-reg-nl'];

let stack: TestStack;

const LIST = graphql(`
  query InspectionVisibilityList {
    inspections(first: 50) {
      totalCount
      edges {
        node {
          id
          sharedWith {
            id
          }
          findings {
            evidence
          }
        }
      }
    }
  }
`);
const BY_ID = graphql(`
  query InspectionVisibilityById($id: ID!) {
    inspection(id: $id) {
      id
    }
  }
`);
const FACILITY_OF = graphql(`
  query InspectionVisibilityFacility($id: ID!) {
    inspection(id: $id) {
      facility {
        inspections {
          totalCount
        }
        latestInspection {
          id
        }
      }
    }
  }
`);
const OVERDUE = graphql(`
  query InspectionVisibilityOverdue {
    correctiveActions(filter: { overdue: true }) {
      edges {
        node {
          inspection {
            id
          }
          overdue
        }
      }
    }
  }
`);

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2026-06-15T12:00:00Z') });
  const em = stack.em('inspections');
  const evidence = [{ severity: 'MAJOR' as const, evidence: 'Worker interview 7' }];
  const bd = { facilityId: BD_FACILITY, ownerId: SUPPLIER_BD, findings: evidence };
  // Corrective actions due on 1 January: overdue unless completed.
  const withAction = (status: 'PLANNED' | 'COMPLETED') => [
    { ...evidence[0], actions: [{ dueOn: '2026-01-01', status }] },
  ];
  addInspection(em, {
    ...bd,
    id: 'v-public',
    conductedById: AUDITOR,
    disclosure: 'PUBLIC',
    findings: withAction('COMPLETED'),
  });
  addInspection(em, {
    ...bd,
    id: 'v-shared',
    conductedById: AUDITOR,
    disclosure: 'SHARED_WITH_BUYERS',
    buyers: [BRAND],
    findings: withAction('PLANNED'),
  });
  addInspection(em, {
    ...bd,
    id: 'v-shared-unpublished',
    conductedById: AUDITOR,
    disclosure: 'SHARED_WITH_BUYERS',
    buyers: [BRAND],
    status: 'SUBMITTED',
  });
  addInspection(em, {
    ...bd,
    id: 'v-private',
    conductedById: OTHER_AUDITOR,
    disclosure: 'PRIVATE',
    status: 'SUBMITTED',
    findings: withAction('PLANNED'),
  });
  addInspection(em, {
    ...bd,
    id: 'v-unannounced',
    conductedById: REGULATOR_BD,
    kind: 'JOINT_INSPECTION',
    jointInspectors: [REGULATOR_NL],
    disclosure: 'PRIVATE',
    status: 'SCHEDULED',
    announced: false,
  });
  addInspection(em, {
    facilityId: VN_FACILITY,
    ownerId: SUPPLIER_VN,
    findings: evidence,
    id: 'v-vietnam',
    conductedById: REGULATOR_VN,
    kind: 'LABOUR_INSPECTORATE',
    disclosure: 'PRIVATE',
    status: 'SUBMITTED',
  });
  await em.flush();
});
afterAll(() => stack?.stop());

const callers: [string, Role, string | null, string | null][] = [
  ['the public', 'PUBLIC', null, null],
  ['a brand the report is shared with', 'BRAND', BRAND, null],
  ['another brand', 'BRAND', OTHER_BRAND, null],
  ['the supplier owning the facility', 'SUPPLIER', SUPPLIER_BD, null],
  ['another supplier', 'SUPPLIER', SUPPLIER_VN, null],
  ['the conducting audit firm', 'AUDITOR', AUDITOR, null],
  ['another audit firm', 'AUDITOR', OTHER_AUDITOR, null],
  ['the regulator of the facility’s country', 'REGULATOR', REGULATOR_BD, 'BD'],
  ['a regulator elsewhere', 'REGULATOR', REGULATOR_VN, 'VN'],
  ['a partner of the joint inspection', 'REGULATOR', REGULATOR_NL, 'NL'],
  ['an admin', 'ADMIN', 'org-admin', null],
];
/** Inspections visible, and those whose evidence and buyers list are readable, per caller. */
const expected: Record<string, { sees: string[]; evidence: string[]; sharedWith: string[] }> = {
  'the public': { sees: ['v-public'], evidence: [], sharedWith: [] },
  'a brand the report is shared with': { sees: ['v-public', 'v-shared'], evidence: [], sharedWith: [] },
  'another brand': { sees: ['v-public'], evidence: [], sharedWith: [] },
  'the supplier owning the facility': {
    sees: ['v-private', 'v-public', 'v-shared', 'v-shared-unpublished'],
    evidence: [],
    sharedWith: ['v-private', 'v-public', 'v-shared', 'v-shared-unpublished'],
  },
  'another supplier': { sees: ['v-public', 'v-vietnam'], evidence: [], sharedWith: ['v-vietnam'] },
  'the conducting audit firm': {
    sees: ['v-public', 'v-shared', 'v-shared-unpublished'],
    evidence: ['v-public', 'v-shared', 'v-shared-unpublished'],
    sharedWith: ['v-public', 'v-shared', 'v-shared-unpublished'],
  },
  'another audit firm': { sees: ['v-private', 'v-public'], evidence: ['v-private'], sharedWith: ['v-private'] },
  'the regulator of the facility’s country': {
    sees: ['v-private', 'v-public', 'v-shared', 'v-shared-unpublished', 'v-unannounced'],
    evidence: ['v-private', 'v-public', 'v-shared', 'v-shared-unpublished', 'v-unannounced'],
    sharedWith: ['v-private', 'v-public', 'v-shared', 'v-shared-unpublished', 'v-unannounced'],
  },
  'a regulator elsewhere': { sees: ['v-public', 'v-vietnam'], evidence: ['v-vietnam'], sharedWith: ['v-vietnam'] },
  'a partner of the joint inspection': {
    sees: ['v-public', 'v-unannounced'],
    evidence: ['v-unannounced'],
    sharedWith: ['v-unannounced'],
  },
  'an admin': { sees: ['v-public'], evidence: [], sharedWith: [] },
};

describe('who sees which inspections, evidence and buyers', () => {
  for (const [name, role, organizationId, country] of callers) {
    it(`${name} (${role})`, async () => {
      const token =
        role === 'PUBLIC'
          ? undefined
          : await stack.token({ role, organizationId: organizationId ?? undefined, country: country ?? undefined });
      const response = await stack.query(LIST, {}, { token });
      const list = response.data?.inspections;
      expect(list, 'inspections').toBeTruthy();
      const nodes = list!.edges.map((edge) => edge.node);
      const ids = (some: { id: string }[]) => some.map((node) => node.id).sort();
      expect(ids(nodes)).toEqual(expected[name].sees);
      expect(list!.totalCount).toBe(expected[name].sees.length);
      expect(ids(nodes.filter((node) => node.findings[0].evidence === 'Worker interview 7'))).toEqual(
        expected[name].evidence,
      );
      expect(ids(nodes.filter((node) => node.sharedWith !== null))).toEqual(expected[name].sharedWith);
      const denied = (response.errors ?? []).map((error) => `${error.extensions?.code} ${error.path?.at(-1)}`);
      const deniedCount = nodes.length * 2 - expected[name].evidence.length - expected[name].sharedWith.length;
      expect(denied.every((entry) => /^FORBIDDEN (evidence|sharedWith)$/.test(entry))).toBe(true);
      expect(denied).toHaveLength(deniedCount);
    });
  }

  it('answers an inspection the caller may not see as absent, also on the entity path', async () => {
    const brand = await stack.token({ role: 'BRAND', organizationId: OTHER_BRAND });
    expect(dataOf(await stack.query(BY_ID, { id: 'v-shared' }, { token: brand })).inspection).toBeNull();
    const facility = await stack.query(FACILITY_OF, { id: 'v-public' }, { token: brand });
    expect(dataOf(facility).inspection?.facility).toEqual({
      inspections: { totalCount: 1 },
      latestInspection: { id: 'v-public' },
    });
  });

  it('lists only the overdue corrective actions the caller may see', async () => {
    const overdue = async (token?: string) =>
      dataOf(await stack.query(OVERDUE, {}, { token })).correctiveActions!.edges.map((edge) => [
        edge.node.inspection.id,
        edge.node.overdue,
      ]);
    expect(await overdue(await stack.token({ role: 'BRAND', organizationId: BRAND }))).toEqual([['v-shared', true]]);
    expect(await overdue(await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER_BD }))).toHaveLength(2);
    expect(await overdue()).toEqual([]);
  });
});
