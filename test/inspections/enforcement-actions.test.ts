import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { createEventVisibility } from '../../runtime/event-visibility';
import type { GraphEvent } from '../../runtime/events';
import { OutboxEvent } from '../../runtime/outbox';
import { PUBLIC_PRINCIPAL, type Principal } from '../../runtime/principal';
import { signingSecret } from '../../runtime/secrets';
import { graphql } from '../__generated__';
import { agreementIn, bilateral, IN_FORCE } from '../agreements/support';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacility, addInspection, addOrganization, newFacilityId } from './fixtures';

/**
 * The labour inspectorate of a facility's country records the sanctions it decided, on findings of
 * its inspections there. Its country's regulators read them all, a partner country's only under an
 * ENFORCEMENT_ACTIONS clause in force, the facility's owner those against its facility, everyone
 * the published ones.
 */
const NOW = new Date('2026-06-02T10:00:00Z');
const OWNER = 'org-ea-owner';
const BRAND = 'org-ea-brand';
const AUDITOR = 'org-ea-audits';
const REGULATORS = {
  BD: 'org-ea-dife-bd',
  NL: 'org-ea-inspectorate-nl',
  DE: 'org-ea-inspectorate-de',
  VN: 'org-ea-molisa',
};
const FACILITY = newFacilityId('BD');
const OTHER_FACILITY = newFacilityId('BD');
const INSPECTION = 'insp-ea-bd';
const OTHER_INSPECTION = 'insp-ea-bd-other';
const [FINDING, SECOND_FINDING, OTHER_FINDING] = [`${INSPECTION}-f0`, `${INSPECTION}-f1`, `${OTHER_INSPECTION}-f0`];

const RECORD = graphql(`
  mutation EnforcementRecord($input: RecordEnforcementActionInput!, $key: String!) {
    recordEnforcementAction(input: $input, idempotencyKey: $key) {
      enforcementAction {
        id
        kind
        country
        amount
        currency
        published
        appealStatus
        decidedBy {
          id
        }
        findings {
          id
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const BY_ID = graphql(`
  query EnforcementById($id: ID!) {
    enforcementAction(id: $id) {
      id
    }
  }
`);
const LIST = graphql(`
  query EnforcementList($filter: EnforcementActionFilter) {
    enforcementActions(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const OF_FACILITY_AND_FINDING = graphql(`
  query EnforcementOfFacility($facility: ID!) {
    facility(id: $facility) {
      enforcementActions {
        id
      }
    }
    inspection(id: "insp-ea-bd") {
      findings {
        id
        enforcementActions {
          id
        }
      }
    }
    enforcementActions(first: 1, filter: { facility: $facility }) {
      totalCount
    }
  }
`);
const APPEAL = graphql(`
  mutation EnforcementAppeal($input: ChangeEnforcementActionAppealInput!) {
    changeEnforcementActionAppeal(input: $input) {
      enforcementAction {
        id
        appealStatus
        appealNote
      }
      userErrors {
        code
        field
      }
    }
  }
`);

let stack: TestStack;
const tokens = {} as Record<'BD' | 'NL' | 'DE' | 'VN' | 'OWNER' | 'BRAND' | 'AUDITOR', string>;
let runs = 0;
const key = () => `ea-${process.pid}-${++runs}`;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = stack.em('suppliers');
  addOrganization(registry, OWNER, 'SUPPLIER', 'BD');
  addOrganization(registry, BRAND, 'BRAND', 'DE');
  addOrganization(registry, AUDITOR, 'AUDIT_FIRM', 'BD');
  for (const [country, id] of Object.entries(REGULATORS)) addOrganization(registry, id, 'REGULATOR', country);
  addFacility(registry, FACILITY, OWNER);
  addFacility(registry, OTHER_FACILITY, OWNER);
  await registry.flush();
  for (const [country, id] of Object.entries(REGULATORS))
    tokens[country as keyof typeof REGULATORS] = await stack.token({
      role: 'REGULATOR',
      organizationId: id,
      country,
      subject: `ea-${country}`,
    });
  tokens.OWNER = await stack.token({ role: 'SUPPLIER', organizationId: OWNER, subject: 'ea-owner' });
  tokens.BRAND = await stack.token({ role: 'BRAND', organizationId: BRAND, subject: 'ea-brand' });
  tokens.AUDITOR = await stack.token({ role: 'AUDITOR', organizationId: AUDITOR, subject: 'ea-auditor' });
  const admin = await stack.token({ role: 'ADMIN', subject: 'ea-admin' });
  // BD shares enforcement actions with NL; with DE only inspection findings.
  await agreementIn(
    stack,
    admin,
    bilateral('BD', 'NL', ['ENFORCEMENT_ACTIONS'], 'BD–NL enforcement exchange'),
    IN_FORCE,
  );
  await agreementIn(stack, admin, bilateral('BD', 'DE', ['INSPECTION_FINDINGS'], 'BD–DE findings exchange'), IN_FORCE);
  const inspections = stack.em('inspections');
  const findings = [{ area: 'OCCUPATIONAL_SAFETY_AND_HEALTH' as const }, { area: 'WORKING_TIME' as const }];
  addInspection(inspections, {
    id: INSPECTION,
    facilityId: FACILITY,
    ownerId: OWNER,
    kind: 'LABOUR_INSPECTORATE',
    conductedById: REGULATORS.BD,
    disclosure: 'PRIVATE',
    status: 'SUBMITTED',
    findings,
  });
  addInspection(inspections, {
    id: OTHER_INSPECTION,
    facilityId: OTHER_FACILITY,
    ownerId: OWNER,
    kind: 'LABOUR_INSPECTORATE',
    conductedById: REGULATORS.BD,
    disclosure: 'PRIVATE',
    status: 'SUBMITTED',
    findings: [{}],
  });
  await inspections.flush();
});
afterAll(() => stack?.stop());

const fine = (overrides: Record<string, unknown> = {}) => ({
  facilityId: FACILITY,
  kind: 'FINE' as const,
  findingIds: [FINDING, SECOND_FINDING],
  decidedOn: '2026-05-20',
  effectiveFrom: '2026-06-01',
  amount: '150000.5',
  currency: 'BDT',
  legalBasis: 'Bangladesh Labour Act 2006, s. 307',
  summary: 'Fined for blocked fire exits and unpaid overtime.',
  ...overrides,
});

async function record(token: string, input: ReturnType<typeof fine>) {
  return stack.query(RECORD, { input, key: key() }, { token });
}

async function recorded(input: ReturnType<typeof fine>) {
  const payload = dataOf(await record(tokens.BD, input)).recordEnforcementAction!;
  expect(payload.userErrors).toEqual([]);
  return payload.enforcementAction!;
}

const events = (id: string) =>
  stack
    .em('inspections')
    .find(OutboxEvent, { type: 'ENFORCEMENT_ACTION_RECORDED', subject: `EnforcementAction:${id}` })
    .then((rows) => rows.map(({ version, country, payload }) => ({ version, country, payload })));

describe('recording', () => {
  it('records a fine with its exact amount and currency, audited and told once', async () => {
    const action = await recorded(fine());
    expect(action).toMatchObject({
      kind: 'FINE',
      country: 'BD',
      amount: '150000.50',
      currency: 'BDT',
      published: false,
      appealStatus: 'NONE',
      decidedBy: { id: REGULATORS.BD },
      findings: [{ id: FINDING }, { id: SECOND_FINDING }],
    });
    expect(await events(action.id)).toEqual([
      {
        version: 1,
        country: 'BD',
        payload: {
          enforcementActionId: action.id,
          facilityId: FACILITY,
          country: 'BD',
          kind: 'FINE',
          published: false,
          areas: ['OCCUPATIONAL_SAFETY_AND_HEALTH', 'WORKING_TIME'],
        },
      },
    ]);
    const audit = await stack.em('inspections').find(AuditEntry, { target: `EnforcementAction:${action.id}` });
    expect(audit.map((entry) => [entry.operation, entry.organizationId, entry.country])).toEqual([
      ['recordEnforcementAction', REGULATORS.BD, 'BD'],
    ]);
  });

  it('refuses a fine without a currency, and an amount on another kind, writing nothing', async () => {
    const before = await stack.em('inspections').count(OutboxEvent, { type: 'ENFORCEMENT_ACTION_RECORDED' });
    const noCurrency = await record(tokens.BD, fine({ currency: null }));
    expect(noCurrency.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noCurrency.errors)).toContain('currency');
    const warningWithAmount = await record(tokens.BD, fine({ kind: 'WARNING', currency: null }));
    expect(JSON.stringify(warningWithAmount.errors)).toContain('only a FINE has an amount');
    const tooPrecise = await record(tokens.BD, fine({ amount: '10.005' }));
    expect(JSON.stringify(tooPrecise.errors)).toContain('at most two decimals');
    const backwards = await record(tokens.BD, fine({ effectiveFrom: '2026-05-01' }));
    expect(JSON.stringify(backwards.errors)).toContain('effectiveFrom');
    expect(await stack.em('inspections').count(OutboxEvent, { type: 'ENFORCEMENT_ACTION_RECORDED' })).toBe(before);
  });

  it('is refused to a brand and an auditor (FORBIDDEN)', async () => {
    for (const token of [tokens.BRAND, tokens.AUDITOR]) {
      const response = await record(token, fine());
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.data?.recordEnforcementAction ?? null).toBeNull();
    }
  });

  it('is refused to a regulator of another country, partner or not', async () => {
    for (const token of [tokens.VN, tokens.NL]) {
      const response = await record(token, fine());
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses findings of another facility as not found', async () => {
    const payload = dataOf(
      await record(tokens.BD, fine({ findingIds: [FINDING, OTHER_FINDING] })),
    ).recordEnforcementAction!;
    expect(payload.enforcementAction).toBeNull();
    expect(payload.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'findingIds', '1'] }]);
  });
});

describe('visibility', () => {
  let unpublished: string;
  let published: string;
  beforeAll(async () => {
    unpublished = (await recorded(fine({ kind: 'STOP_WORK_ORDER', amount: null, currency: null }))).id;
    published = (await recorded(fine({ kind: 'WARNING', amount: null, currency: null, published: true }))).id;
  });

  const sees = async (token: string | undefined, id: string) => {
    const byId = dataOf(await stack.query(BY_ID, { id }, { token })).enforcementAction?.id ?? null;
    const listed = dataOf(await stack.query(LIST, { filter: { facility: FACILITY } }, { token }))
      .enforcementActions!.edges.map((edge) => edge.node.id)
      .includes(id);
    expect(listed).toBe(byId !== null);
    return byId !== null;
  };

  it('lets the home regulator, a partner under an ENFORCEMENT_ACTIONS clause and the owner see an unpublished action', async () => {
    expect(await sees(tokens.BD, unpublished)).toBe(true);
    expect(await sees(tokens.NL, unpublished)).toBe(true);
    expect(await sees(tokens.OWNER, unpublished)).toBe(true);
    // The partner's reads abroad are in the audit log, with the clause they rest on.
    const reads = await stack
      .em('inspections')
      .find(AuditEntry, { operation: 'read:EnforcementAction', target: `EnforcementAction:${unpublished}` });
    expect(reads.map((entry) => [entry.organizationId, entry.country])).toContainEqual([REGULATORS.NL, 'BD']);
    expect(reads.every((entry) => entry.organizationId === REGULATORS.NL)).toBe(true);
  });

  it('keeps it from a partner sharing only INSPECTION_FINDINGS, a foreign regulator, brands, auditors and the public', async () => {
    for (const token of [tokens.DE, tokens.VN, tokens.BRAND, tokens.AUDITOR, undefined])
      expect(await sees(token, unpublished)).toBe(false);
  });

  it('shows a published action to everyone', async () => {
    for (const token of [tokens.DE, tokens.VN, tokens.BRAND, tokens.AUDITOR, undefined])
      expect(await sees(token, published)).toBe(true);
  });

  it('lists a facility’s and a finding’s actions for the owner', async () => {
    const data = dataOf(await stack.query(OF_FACILITY_AND_FINDING, { facility: FACILITY }, { token: tokens.OWNER }));
    const ids = data.facility!.enforcementActions!.map((action) => action.id);
    expect(ids).toEqual(expect.arrayContaining([unpublished, published]));
    const first = data.inspection!.findings.find((finding) => finding.id === FINDING)!;
    expect(first.enforcementActions.map((action) => action.id)).toEqual(
      expect.arrayContaining([unpublished, published]),
    );
    expect(data.enforcementActions!.totalCount).toBe(ids.length);
  });
});

describe('appeals', () => {
  it('the inspectorate’s country records the appeal; a partner regulator may not', async () => {
    const action = await recorded(fine({ kind: 'CLOSURE', amount: null, currency: null }));
    const input = { id: action.id, appealStatus: 'LODGED' as const, note: 'Appeal lodged at the Labour Court' };
    const partner = await stack.query(APPEAL, { input }, { token: tokens.NL });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = dataOf(await stack.query(APPEAL, { input }, { token: tokens.VN })).changeEnforcementActionAppeal!;
    expect(stranger.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    const home = dataOf(await stack.query(APPEAL, { input }, { token: tokens.BD })).changeEnforcementActionAppeal!;
    expect(home).toMatchObject({
      userErrors: [],
      enforcementAction: { id: action.id, appealStatus: 'LODGED', appealNote: 'Appeal lodged at the Labour Court' },
    });
  });
});

describe('who receives ENFORCEMENT_ACTION_RECORDED', () => {
  it('the readers of an unpublished action: its country, a partner under ENFORCEMENT_ACTIONS, the owner', async () => {
    const action = await recorded(fine({ kind: 'IMPROVEMENT_NOTICE', amount: null, currency: null }));
    const rows = await stack
      .em('inspections')
      .find(OutboxEvent, { type: 'ENFORCEMENT_ACTION_RECORDED', subject: `EnforcementAction:${action.id}` });
    expect(rows).toHaveLength(1);
    const event = {
      id: 'evt-enforcement',
      source: 'inspections',
      occurredAt: NOW.toISOString(),
      type: rows[0].type,
      version: rows[0].version,
      subject: rows[0].subject,
      country: rows[0].country,
      payload: rows[0].payload,
    } as GraphEvent;
    const visibility = createEventVisibility({
      subgraphUrl: (name) => stack.subgraphs[name].url,
      secret: signingSecret(),
      // As the agreements above: BD shares enforcement actions with NL, only findings with DE.
      sharing: async (country) => {
        const category = country === 'NL' ? 'ENFORCEMENT_ACTIONS' : country === 'DE' ? 'INSPECTION_FINDINGS' : null;
        return category
          ? { sharedWith: { [category]: ['BD'] }, sharingAgreements: { [category]: { BD: ['agr-test'] } } }
          : { sharedWith: {}, sharingAgreements: {} };
      },
    });
    const as = (role: Principal['role'], organizationId: string | null, country: string | null = null): Principal => ({
      ...PUBLIC_PRINCIPAL,
      subject: `ea-events-${role}-${country}`,
      role,
      organizationId,
      country,
    });
    const receives = async (principal: Principal) => (await visibility.visibleTo(principal, [event]))[0] !== null;
    for (const principal of [
      as('REGULATOR', REGULATORS.BD, 'BD'),
      as('REGULATOR', REGULATORS.NL, 'NL'),
      as('SUPPLIER', OWNER),
    ])
      expect(await receives(principal), principal.subject!).toBe(true);
    for (const principal of [as('REGULATOR', REGULATORS.DE, 'DE'), as('BRAND', BRAND), PUBLIC_PRINCIPAL])
      expect(await receives(principal), principal.subject ?? 'public').toBe(false);
  });
});
