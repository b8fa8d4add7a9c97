import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './__generated__';
import { addInspection, newFacilityId } from './inspections/fixtures';
import { dataOf, startTestStack, type TestStack } from './support/stack';

/**
 * Evidence (worker testimony, photographs) can expose the workers who gave it. Whoever reads it —
 * the conductor, a joint inspector, the home regulator — leaves an entry in the inspections audit
 * log: who, which finding of which inspection, and the facility's country. The entries of one
 * request are written together, so auditing costs the same whatever the number of findings.
 */
let stack: TestStack;
let homeRegulator: string;
let auditor: string;
let supplier: string;

const FIRM = 'org-audit-evidence-firm';
const OWNER = 'org-audit-evidence-owner';
const facility = newFacilityId('BD');
const SMALL = 'insp-audit-evidence-small';
const MANY = Array.from({ length: 20 }, (_, n) => `insp-audit-evidence-many-${n}`);

const EVIDENCE = graphql(`
  query AuditEvidenceRead($id: ID!) {
    inspection(id: $id) {
      id
      findings {
        id
        evidence
      }
    }
  }
`);
const EVIDENCE_TWICE = graphql(`
  query AuditEvidenceReadTwice($id: ID!) {
    first: inspection(id: $id) {
      findings {
        evidence
      }
    }
    again: inspection(id: $id) {
      findings {
        id
        evidence
      }
    }
  }
`);
const LIST = graphql(`
  query AuditEvidenceList($first: Int!, $withEvidence: Boolean!) {
    inspections(first: $first) {
      edges {
        node {
          id
          findings {
            id
            severity
            evidence @include(if: $withEvidence)
          }
        }
      }
    }
  }
`);
const TRAIL = graphql(`
  query AuditEvidenceTrail($filter: AuditTrailFilter) {
    auditTrail {
      inspections(first: 100, filter: $filter) {
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
            }
          }
        }
      }
    }
  }
`);

const evidenceEntries = async (subject: string) =>
  dataOf(
    await stack.query(TRAIL, { filter: { operation: 'read:Finding.evidence', subject } }, { token: homeRegulator }),
  ).auditTrail!.inspections!.edges.map((edge) => edge.node);

beforeAll(async () => {
  stack = await startTestStack();
  homeRegulator = await stack.token({
    role: 'REGULATOR',
    organizationId: 'org-audit-evidence-inspectorate',
    country: 'BD',
    subject: 'bd-evidence-inspector',
  });
  auditor = await stack.token({ role: 'AUDITOR', organizationId: FIRM, subject: 'evidence-auditor' });
  supplier = await stack.token({ role: 'SUPPLIER', organizationId: OWNER, subject: 'evidence-supplier' });
  const em = stack.em('inspections');
  const findings = [
    { severity: 'ZERO_TOLERANCE' as const, evidence: 'Photographs of the locked exit, statement of worker A' },
    { severity: 'MAJOR' as const, evidence: 'Payroll extract, statements of workers B and C' },
    { severity: 'MINOR' as const, evidence: null },
  ];
  addInspection(em, {
    id: SMALL,
    facilityId: facility,
    ownerId: OWNER,
    conductedById: FIRM,
    disclosure: 'PRIVATE',
    findings,
  });
  for (const id of MANY)
    addInspection(em, {
      id,
      facilityId: facility,
      ownerId: OWNER,
      conductedById: FIRM,
      disclosure: 'PRIVATE',
      findings,
    });
  await em.flush();
});
afterAll(() => stack?.stop());

describe('reads of inspection evidence', () => {
  it('records who read the evidence of which finding of which inspection, in which country', async () => {
    const read = dataOf(await stack.query(EVIDENCE, { id: SMALL }, { token: auditor }));
    expect(read.inspection?.findings.map((finding) => finding.evidence)).toEqual([
      'Photographs of the locked exit, statement of worker A',
      'Payroll extract, statements of workers B and C',
      null,
    ]);

    const entries = await evidenceEntries('evidence-auditor');
    expect(entries.map((entry) => entry.target).sort()).toEqual([
      `Finding:${SMALL}-f0`,
      `Finding:${SMALL}-f1`,
      `Finding:${SMALL}-f2`,
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({
        subject: 'evidence-auditor',
        organizationId: FIRM,
        role: 'AUDITOR',
        operation: 'read:Finding.evidence',
        country: 'BD',
        detail: `Inspection:${SMALL}`,
        clause: null,
      });
  });

  it('records the jurisdiction’s regulator too, and a field read twice in one request once', async () => {
    const read = dataOf(await stack.query(EVIDENCE_TWICE, { id: SMALL }, { token: homeRegulator }));
    expect(read.again?.findings).toHaveLength(3);
    const entries = await evidenceEntries('bd-evidence-inspector');
    expect(entries.map((entry) => entry.target).sort()).toEqual([
      `Finding:${SMALL}-f0`,
      `Finding:${SMALL}-f1`,
      `Finding:${SMALL}-f2`,
    ]);
    expect(entries.every((entry) => entry.role === 'REGULATOR' && entry.country === 'BD')).toBe(true);
  });

  it('records nothing for a caller the field rule denies: it read no evidence', async () => {
    const read = await stack.query(EVIDENCE, { id: SMALL }, { token: supplier });
    expect(read.data?.inspection?.findings.map((finding) => finding.evidence)).toEqual([null, null, null]);
    expect(read.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(await evidenceEntries('evidence-supplier')).toEqual([]);
  });

  it('writes the entries of a long list in as many statements as those of a short one', async () => {
    const statements = async (first: number, withEvidence: boolean) => {
      const before = stack.queries.count;
      const response = await stack.query(LIST, { first, withEvidence }, { token: auditor });
      expect(dataOf(response).inspections!.edges).toHaveLength(first);
      return stack.queries.count - before;
    };
    // Warm what the gateway caches across requests, then compare what reading evidence adds.
    await statements(1, false);
    const short = (await statements(1, true)) - (await statements(1, false));
    const long = (await statements(21, true)) - (await statements(21, false));
    expect(short).toBeGreaterThan(0);
    expect(long).toBe(short);

    // One more read of the long list: every finding of the 21 inspections is in the log once more.
    const logged = async () =>
      dataOf(
        await stack.query(
          TRAIL,
          { filter: { operation: 'read:Finding.evidence', subject: 'evidence-auditor' } },
          { token: homeRegulator },
        ),
      ).auditTrail!.inspections!.totalCount;
    const before = await logged();
    await statements(21, true);
    expect((await logged()) - before).toBe(21 * 3);
  });
});
