import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { graphql } from '../__generated__';
import { ensureRegistered } from '../support/registry';
import { dataOf, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';
import { addFacility, addOrganization, file, newFacilityId, newKey, submission } from './fixtures';
import { errorCode, payload, SUMMARIZE, versionAs } from './jurisdiction-fixtures';

/**
 * The employer's view of a case: the facility's owner (and a brand) reads its areas, status, dates
 * and the handler's summary, never the complainant's words, tracking code or contact — on every
 * path, also when the owner handles the case. A filer reads what it filed; the handler and the
 * jurisdiction's regulator read the text; nobody else does.
 */
const NOW = new Date('2026-05-04T08:00:00Z');
const OWNER = 'org-emp-owner';
const BRAND = 'org-emp-brand';
const OTHER_BRAND = 'org-emp-other-brand';
const UNION = 'org-emp-union';
const FACILITY = newFacilityId('BD');
const WORDS = 'The supervisor on line 3 locks the exit during night shifts and shouts at me when I ask.';
const WORKER_SUMMARY = 'Exit locked on night shifts';

let stack: TestStack;
const tokens: Record<'owner' | 'brand' | 'otherBrand' | 'union' | 'regulator', string> = {
  owner: '',
  brand: '',
  otherBrand: '',
  union: '',
  regulator: '',
};
const cases = { anonymous: '', handledByOwner: '', brand: '', union: '' };
const codes = { anonymous: '', brand: '', union: '' };

graphql(`
  fragment EmployerViewCase on Grievance {
    id
    areas
    status
    filedAt
    handlerSummary
    trackingCode
    summary
    description
    contact
    complainantIdentity
  }
`);
const EVERY_PATH = graphql(`
  query EmployerViewEveryPath($facility: ID!, $anonymous: ID!, $handledByOwner: ID!, $brand: ID!) {
    facility(id: $facility) {
      grievances(first: 20) {
        edges {
          node {
            ...EmployerViewCase
          }
        }
      }
    }
    grievances(first: 20) {
      edges {
        node {
          ...EmployerViewCase
        }
      }
    }
    anonymous: grievance(id: $anonymous) {
      ...EmployerViewCase
    }
    handledByOwner: grievance(id: $handledByOwner) {
      ...EmployerViewCase
    }
    brand: grievance(id: $brand) {
      ...EmployerViewCase
    }
  }
`);
const ONE = graphql(`
  query EmployerViewOne($id: ID!) {
    grievance(id: $id) {
      ...EmployerViewCase
    }
  }
`);
const FILE_AND_READ = graphql(`
  mutation EmployerViewFileAndRead($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      trackingCode
      grievance {
        trackingCode
        description
      }
      userErrors {
        code
      }
    }
  }
`);

const CONFIDENTIAL = ['trackingCode', 'summary', 'description', 'contact', 'complainantIdentity'] as const;
type Node = { id: string } & Record<(typeof CONFIDENTIAL)[number] | 'handlerSummary', string | null>;

/** Every case node of the response with its path, and the paths of its errors as `CODE at a.b.c`. */
function nodesOf(response: GraphQLResponse<unknown>) {
  const data = response.data as {
    facility: { grievances: { edges: { node: Node }[] } | null } | null;
    grievances: { edges: { node: Node }[] };
  } & Record<'anonymous' | 'handledByOwner' | 'brand', Node | null>;
  const nodes: { path: string; node: Node }[] = [];
  data.facility?.grievances?.edges.forEach(({ node }, index) =>
    nodes.push({ path: `facility.grievances.edges.${index}.node`, node }),
  );
  data.grievances.edges.forEach(({ node }, index) => nodes.push({ path: `grievances.edges.${index}.node`, node }));
  for (const alias of ['anonymous', 'handledByOwner', 'brand'] as const)
    if (data[alias]) nodes.push({ path: alias, node: data[alias] });
  return nodes;
}
const errorsOf = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => `${error.extensions?.code} at ${error.path?.join('.')}`).sort();

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = stack.em('suppliers');
  addOrganization(registry, OWNER, 'SUPPLIER');
  addOrganization(registry, BRAND, 'BRAND', 'DE');
  addOrganization(registry, OTHER_BRAND, 'BRAND', 'DE');
  addOrganization(registry, UNION, 'UNION');
  addFacility(registry, FACILITY, OWNER, [BRAND]);
  await registry.flush();
  tokens.owner = await stack.token({ role: 'SUPPLIER', organizationId: OWNER, subject: 'emp-owner' });
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: BRAND });
  tokens.otherBrand = await stack.token({ role: 'BRAND', organizationId: OTHER_BRAND });
  tokens.union = await stack.token({ role: 'UNION', organizationId: UNION });
  tokens.regulator = await stack.token({ role: 'REGULATOR', organizationId: 'org-emp-dife', country: 'BD' });

  const worker = {
    facility: { id: FACILITY },
    summary: WORKER_SUMMARY,
    description: WORDS,
    contact: '+880 1711 111111',
  };
  // An anonymous worker who names no owner (the inspectorate handles it), and one who does (the owner handles it).
  const anonymous = await file(stack, submission(worker));
  [cases.anonymous, codes.anonymous] = [anonymous.grievance.id, anonymous.trackingCode];
  cases.handledByOwner = (await file(stack, submission({ ...worker, facilityOwnerId: OWNER }))).grievance.id;
  const byBrand = await file(stack, submission({ facility: { id: FACILITY }, description: WORDS }), tokens.brand);
  [cases.brand, codes.brand] = [byBrand.grievance.id, byBrand.trackingCode];
  const byUnion = await file(
    stack,
    submission({ ...worker, complainantIdentity: 'Rokeya, line 3', facilityOwnerId: OWNER }),
    tokens.union,
  );
  [cases.union, codes.union] = [byUnion.grievance.id, byUnion.trackingCode];
});
afterAll(() => stack?.stop());

describe('the facility’s owner', () => {
  it('reads areas, status and dates of every case about its facility, but never the complainant’s words, tracking code or contact, on any path', async () => {
    const response = await stack.query(
      EVERY_PATH,
      { facility: FACILITY, anonymous: cases.anonymous, handledByOwner: cases.handledByOwner, brand: cases.brand },
      { token: tokens.owner },
    );
    const nodes = nodesOf(response);
    // Facility.grievances shows it all four cases; the root fields those recording it as owner.
    expect(new Set(nodes.map(({ node }) => node.id))).toEqual(
      new Set([cases.anonymous, cases.handledByOwner, cases.brand, cases.union]),
    );
    expect(nodes.filter(({ path }) => path.startsWith('facility.'))).toHaveLength(4);
    for (const { node } of nodes) {
      expect(node).toMatchObject({ areas: ['WORKING_TIME', 'COMPENSATION'], status: 'RECEIVED' });
      expect(CONFIDENTIAL.map((field) => node[field])).toEqual(CONFIDENTIAL.map(() => null));
    }
    expect(errorsOf(response)).toEqual(
      nodes.flatMap(({ path }) => CONFIDENTIAL.map((field) => `FORBIDDEN at ${path}.${field}`)).sort(),
    );
    // A denied read is no read: nothing of the owner's is in the audit log of confidential reads.
    const reads = await stack
      .em('grievances')
      .count(AuditEntry, { subject: 'emp-owner', operation: { $like: 'read:%' } });
    expect(reads).toBe(0);
  });

  it('reads the handler’s summary instead, which the jurisdiction’s regulator writes — not the owner, even as handler', async () => {
    const version = await versionAs(stack, tokens.regulator, cases.handledByOwner);
    const byOwner = await stack.query(
      SUMMARIZE,
      { id: cases.handledByOwner, summary: 'Nothing to see', version },
      { token: tokens.owner },
    );
    expect(errorCode(byOwner)).toBe('FORBIDDEN');
    const written = payload(
      await stack.query(
        SUMMARIZE,
        { id: cases.handledByOwner, summary: '  Emergency exit reported locked during night shifts.  ', version },
        { token: tokens.regulator },
      ),
      'summarizeGrievance',
    );
    expect(written).toEqual({
      grievance: {
        id: cases.handledByOwner,
        version: version + 1,
        handlerSummary: 'Emergency exit reported locked during night shifts.',
      },
      userErrors: [],
    });
    const read = await stack.query(ONE, { id: cases.handledByOwner }, { token: tokens.owner });
    expect(read.data?.grievance?.handlerSummary).toBe('Emergency exit reported locked during night shifts.');
    expect(read.data?.grievance?.description).toBeNull();

    const audit = await stack
      .em('grievances')
      .find(AuditEntry, { target: `Grievance:${cases.handledByOwner}`, operation: 'summarizeGrievance' });
    expect(audit.map((entry) => entry.country)).toEqual(['BD']);
  });

  it('cannot follow a case with its tracking code, which it never learns', async () => {
    const response = await stack.query(ONE, { id: cases.union }, { token: tokens.owner });
    expect(response.data?.grievance?.trackingCode).toBeNull();
    expect(errorsOf(response)).toContain('FORBIDDEN at grievance.trackingCode');
  });
});

describe('the handler’s summary', () => {
  it('is refused blank, over 2,000 characters, at a stale version, and to a filer or anyone not handling the case', async () => {
    const version = await versionAs(stack, tokens.regulator, cases.anonymous);
    for (const summary of ['   ', 'x'.repeat(2001)]) {
      const response = await stack.query(
        SUMMARIZE,
        { id: cases.anonymous, summary, version },
        { token: tokens.regulator },
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ path: ['summary'] }],
      });
    }
    const stale = payload(
      await stack.query(
        SUMMARIZE,
        { id: cases.anonymous, summary: 'Locked exit', version: version - 1 },
        { token: tokens.regulator },
      ),
      'summarizeGrievance',
    );
    expect(stale.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    const unionVersion = await versionAs(stack, tokens.union, cases.union);
    const byFiler = await stack.query(
      SUMMARIZE,
      { id: cases.union, summary: 'Our summary', version: unionVersion },
      { token: tokens.union },
    );
    expect(errorCode(byFiler)).toBe('FORBIDDEN');
    const unseen = payload(
      await stack.query(SUMMARIZE, { id: cases.anonymous, summary: 'x', version }, { token: tokens.otherBrand }),
      'summarizeGrievance',
    );
    expect(unseen).toEqual({ grievance: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })] });
    expect(await versionAs(stack, tokens.regulator, cases.anonymous)).toBe(version);
  });
});

describe('brands', () => {
  it('read the text and tracking code of a case they filed, and see no case they did not file', async () => {
    const own = await stack.query(ONE, { id: cases.brand }, { token: tokens.brand });
    expect(own.data?.grievance).toMatchObject({ description: WORDS, trackingCode: codes.brand });
    // The complainant's identity and contact stay with the handler, even for the filing brand.
    expect(errorsOf(own)).toEqual(['FORBIDDEN at grievance.complainantIdentity', 'FORBIDDEN at grievance.contact']);
    for (const id of [cases.anonymous, cases.union])
      expect((await stack.query(ONE, { id }, { token: tokens.brand })).data?.grievance).toBeNull();
    expect((await stack.query(ONE, { id: cases.brand }, { token: tokens.otherBrand })).data?.grievance).toBeNull();
  });
});

describe('those who file or handle a case', () => {
  it('read its text and tracking code: the filing union, the jurisdiction’s regulator, and a worker in the filing answer', async () => {
    const byUnion = await stack.query(ONE, { id: cases.union }, { token: tokens.union });
    expect(byUnion.errors).toBeUndefined();
    expect(byUnion.data?.grievance).toMatchObject({
      trackingCode: codes.union,
      summary: WORKER_SUMMARY,
      description: WORDS,
      complainantIdentity: 'Rokeya, line 3',
    });
    const byRegulator = await stack.query(ONE, { id: cases.anonymous }, { token: tokens.regulator });
    expect(byRegulator.errors).toBeUndefined();
    expect(byRegulator.data?.grievance).toMatchObject({ trackingCode: codes.anonymous, description: WORDS });

    await ensureRegistered(stack, FACILITY);
    const filed = dataOf(
      await stack.query(FILE_AND_READ, { input: submission({ facility: { id: FACILITY } }), key: newKey('emp') }),
    ).submitGrievance!;
    expect(filed.grievance).toEqual({ trackingCode: filed.trackingCode, description: submission().description });
  });
});
