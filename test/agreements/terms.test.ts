import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { MemoryCache } from '../../runtime/cache';
import type { Context } from '../../subgraphs/agreements/src/context';
import { Amendment } from '../../subgraphs/agreements/src/entities/amendment.entity';
import { RecordedRatification } from '../../subgraphs/agreements/src/entities/ratification.entity';
import { sharingCacheKey } from '../../runtime/sharing';
import { invalidateSharing } from '../../subgraphs/agreements/src/mutations/sharing-cache';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { agreementIn, bilateral, IN_FORCE, mutate } from './support';

let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  admin = await stack.token({ role: 'ADMIN' });
});
afterAll(() => stack?.stop());

const NL_GRIEVANCE_PARTNERS = graphql(`
  query AgreementTermsGrievancePartners {
    sharingPartners(country: "NL", category: GRIEVANCE_CASES) {
      code
    }
  }
`);
const RATIFICATIONS = graphql(`
  query AgreementTermsRatifications($country: ID!) {
    country(code: $country) {
      hasRatified(code: "C087")
      ratifications {
        convention {
          code
        }
        status
        date
        statusSince
        source
      }
    }
  }
`);

describe('amending an agreement', () => {
  it('changes only the named terms, bumps the version and records the amendment', async () => {
    const agreement = await agreementIn(stack, admin, bilateral('BD', 'NL', ['INSPECTION_FINDINGS']), IN_FORCE);
    const { payload } = await mutate(stack, admin, 'amendAgreement', {
      id: agreement.id,
      expectedVersion: agreement.version,
      adoptedOn: '2025-03-01',
      reference: 'Exchange of letters, 1 March 2025',
      conventions: ['C081', 'C155', 'C187'],
      provisions: [{ kind: 'INFORMATION_SHARING' }, { kind: 'GRIEVANCE_MECHANISM', article: 'Annex' }],
      grievanceMechanism: {
        name: 'BD_NL_COMPLAINTS',
        acknowledgeWithinDays: 7,
        respondWithinDays: 90,
        respondWithinMonths: 3,
        respondAfter: 'ACKNOWLEDGED',
        reviewSteps: [
          { name: 'REVIEW', withinDays: 30 },
          { name: 'DECISION', withinDays: 15 },
        ],
      },
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.agreement).toMatchObject({
      title: agreement.title,
      version: agreement.version! + 1,
      conventions: [{ code: 'C081' }, { code: 'C155' }, { code: 'C187' }],
    });
    expect(payload.agreement?.provisions!.map((provision) => provision.kind)).toEqual([
      'INFORMATION_SHARING',
      'GRIEVANCE_MECHANISM',
    ]);
    expect(payload.agreement?.grievanceMechanism).toEqual({
      name: 'BD_NL_COMPLAINTS',
      acknowledgeWithinDays: 7,
      respondWithinDays: 90,
      respondAfter: 'ACKNOWLEDGED',
      reviewSteps: [
        { name: 'REVIEW', withinDays: 30, after: 'FILED' },
        { name: 'DECISION', withinDays: 15, after: 'PREVIOUS_STEP' },
      ],
    });
    const amendments = await stack.em('agreements').find(Amendment, { agreement: agreement.id });
    expect(amendments.map((amendment) => [amendment.adoptedOn, amendment.changed])).toEqual([
      ['2025-03-01', ['conventions', 'provisions', 'grievanceMechanism']],
    ]);
  });

  it('refuses deadline rules without a GRIEVANCE_MECHANISM provision, and an ended agreement', async () => {
    const agreement = await agreementIn(stack, admin, bilateral('VN', 'DE', []), [
      ...IN_FORCE,
      ['TERMINATED', '2025-01-01'],
    ]);
    const ended = await mutate(stack, admin, 'amendAgreement', { id: agreement.id, title: 'New title' });
    expect(ended.payload.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/TERMINATED since 2025-01-01/),
    });
    const open = await agreementIn(stack, admin, bilateral('VN', 'FR', []));
    const inconsistent = await mutate(stack, admin, 'amendAgreement', {
      id: open.id,
      grievanceMechanism: { name: 'X', acknowledgeWithinDays: 7, respondWithinDays: 30 },
    });
    expect(inconsistent.payload.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/GRIEVANCE_MECHANISM provision/),
    });
    const empty = await mutate(stack, admin, 'amendAgreement', { id: open.id });
    expect(empty.response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('parties and sharing clauses', () => {
  it('adds an organisation as implementing partner, joining today once the agreement is signed', async () => {
    const agreement = await agreementIn(stack, admin, bilateral('KH', 'NL', []), IN_FORCE);
    const { payload } = await mutate(stack, admin, 'addAgreementParty', {
      agreementId: agreement.id,
      organizationId: 'org-better-factories-programme',
      role: 'IMPLEMENTING_PARTNER',
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.agreement?.parties!.at(-1)).toEqual({
      role: 'IMPLEMENTING_PARTNER',
      since: '2025-06-15',
      country: null,
      organization: { id: 'org-better-factories-programme' },
    });
    const again = await mutate(stack, admin, 'addAgreementParty', {
      agreementId: agreement.id,
      organizationId: 'org-better-factories-programme',
      role: 'OBSERVER',
    });
    expect(again.payload.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already a party \(IMPLEMENTING_PARTNER\)/),
    });
    const third = await mutate(stack, admin, 'addAgreementParty', { agreementId: agreement.id, country: 'DE' });
    expect(third.payload.userErrors[0].message).toMatch(/exactly two signatories, this one has 3/);
    const early = await mutate(stack, admin, 'addAgreementParty', {
      agreementId: agreement.id,
      country: 'DE',
      role: 'OBSERVER',
      since: '2023-01-01',
    });
    expect(early.payload.userErrors[0].message).toMatch(/before the agreement was signed \(2024-01-10\)/);
  });

  it("extends a category's clause to more parties, but only to parties", async () => {
    const agreement = await agreementIn(
      stack,
      admin,
      { ...bilateral('MX', 'US', []), kind: 'TRADE_AGREEMENT_LABOUR_CHAPTER' },
      IN_FORCE,
    );
    const first = await mutate(stack, admin, 'addSharingClause', {
      agreementId: agreement.id,
      category: 'GRIEVANCE_CASES',
      recipients: [{ country: 'US' }],
    });
    const second = await mutate(stack, admin, 'addSharingClause', {
      agreementId: agreement.id,
      category: 'GRIEVANCE_CASES',
      recipients: [{ country: 'us' }, { country: 'MX' }],
      note: 'Both ways since 2025',
    });
    expect(first.payload.userErrors).toEqual([]);
    expect(second.payload.agreement?.sharingClauses).toEqual([
      {
        category: 'GRIEVANCE_CASES',
        recipients: [
          { country: { code: 'US' }, organization: null },
          { country: { code: 'MX' }, organization: null },
        ],
      },
    ]);
    const outsider = await mutate(stack, admin, 'addSharingClause', {
      agreementId: agreement.id,
      category: 'INSPECTION_FINDINGS',
      recipients: [{ country: 'CA' }],
    });
    expect(outsider.payload.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      field: ['input', 'recipients', '0'],
      message: expect.stringMatching(/country CA is not a party/),
    });
    const nothingNew = await mutate(stack, admin, 'addSharingClause', {
      agreementId: agreement.id,
      category: 'GRIEVANCE_CASES',
      recipients: [{ country: 'MX' }],
    });
    expect(nothingNew.payload.userErrors[0].message).toMatch(/already receives GRIEVANCE_CASES/);
  });

  it("answers sharingPartners afresh after a clause is added, and drops the gateway's cached grants of every country party", async () => {
    const agreement = await agreementIn(stack, admin, bilateral('ID', 'NL', []), IN_FORCE);
    const partners = async () => dataOf(await stack.query(NL_GRIEVANCE_PARTNERS, {})).sharingPartners;
    expect(await partners()).toEqual([]);
    await mutate(stack, admin, 'addSharingClause', {
      agreementId: agreement.id,
      category: 'GRIEVANCE_CASES',
      recipients: [{ country: 'NL' }],
    });
    expect(await partners()).toEqual([{ code: 'ID' }]);

    const cache = new MemoryCache();
    for (const country of ['ID', 'NL', 'FR']) await cache.set(sharingCacheKey(country), { GRIEVANCE_CASES: [] }, 60);
    await invalidateSharing({ em: stack.em('agreements'), cache } as unknown as Context, agreement.id);
    expect([await cache.get('sharing:ID'), await cache.get('sharing:NL'), await cache.get('sharing:FR')]).toEqual([
      undefined,
      undefined,
      { GRIEVANCE_CASES: [] },
    ]);
  });
});

describe('recording ratifications', () => {
  const ratificationsOf = async (country: string) => {
    const found = dataOf(await stack.query(RATIFICATIONS, { country })).country;
    if (!found) throw new Error(`no country ${country}`);
    return found;
  };

  it('records a ratification, its entry into force and a denunciation, overlaying the reference data', async () => {
    expect((await ratificationsOf('US')).hasRatified).toBe(false);
    const registered = await mutate(stack, admin, 'recordRatification', {
      country: 'US',
      convention: 'C087',
      status: 'NOT_IN_FORCE',
      date: '2024-06-01',
    });
    expect(registered.payload).toEqual({
      userErrors: [],
      ratification: {
        status: 'NOT_IN_FORCE',
        date: '2024-06-01',
        statusSince: '2024-06-01',
        dateCertain: true,
        source: 'RECORDED',
        country: { code: 'US' },
        convention: { code: 'C087' },
      },
    });
    await mutate(stack, admin, 'recordRatification', {
      country: 'US',
      convention: 'C087',
      status: 'IN_FORCE',
      date: '2025-06-01',
    });
    const us = await ratificationsOf('US');
    expect(us.hasRatified).toBe(true);
    expect(us.ratifications!.find((r) => r.convention.code === 'C087')).toEqual({
      convention: { code: 'C087' },
      status: 'IN_FORCE',
      date: '2024-06-01',
      statusSince: '2025-06-01',
      source: 'RECORDED',
    });
    expect(us.ratifications!.find((r) => r.convention.code === 'C182')).toMatchObject({
      status: 'IN_FORCE',
      source: 'REFERENCE_DATA',
    });
    const entries = await stack
      .em('agreements')
      .find(AuditEntry, { target: 'Ratification:US/C087' }, { orderBy: { at: 'asc' } });
    expect(entries.map((entry) => entry.operation)).toEqual([
      'recordRatification:NOT_IN_FORCE',
      'recordRatification:IN_FORCE',
    ]);
  });

  it('refuses overlapping dates and impossible changes, writing nothing', async () => {
    const before = await stack.em('agreements').count(RecordedRatification);
    const early = await mutate(stack, admin, 'recordRatification', {
      country: 'BD',
      convention: 'C087',
      status: 'DENOUNCED',
      date: '1970-01-01',
    });
    expect(early.payload.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/must come after 1972-06-22/),
    });
    const twice = await mutate(stack, admin, 'recordRatification', {
      country: 'BD',
      convention: 'C087',
      status: 'IN_FORCE',
      date: '2020-01-01',
    });
    expect(twice.payload.userErrors[0].message).toMatch(/already IN_FORCE/);
    const malformed = await mutate(stack, admin, 'recordRatification', {
      country: 'XX',
      convention: 'C999',
      status: 'IN_FORCE',
      date: '1920-01-01',
      dateCertain: false,
    });
    expect(
      (malformed.response.errors?.[0].extensions?.issues as { path: string[] }[]).map((issue) => issue.path),
    ).toEqual([
      ['input', 'country'],
      ['input', 'convention'],
      ['input', 'note'],
    ]);
    const beforeAdoption = await mutate(stack, admin, 'recordRatification', {
      country: 'FR',
      convention: 'C187',
      status: 'IN_FORCE',
      date: '2001-01-01',
    });
    expect(beforeAdoption.response.errors?.[0].extensions?.issues).toEqual([
      { path: ['input', 'date'], message: expect.stringMatching(/adopted in 2006/) },
    ]);
    expect(await stack.em('agreements').count(RecordedRatification)).toBe(before);
  });
});
