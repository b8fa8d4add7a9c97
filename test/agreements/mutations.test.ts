import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { Agreement } from '../../subgraphs/agreements/src/entities/agreement.entity';
import { StatusChange } from '../../subgraphs/agreements/src/entities/status-change.entity';
import type { AgreementStatus } from '../__generated__/graphql';
import { startTestStack, type TestStack } from '../support/stack';
import { agreementIn, bilateral, IN_FORCE, mutate } from './support';

let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack({ now: new Date('2025-06-15T10:00:00Z') });
  admin = await stack.token({ role: 'ADMIN', subject: 'admin-1' });
});
afterAll(() => stack?.stop());

const counts = async () => {
  const em = stack.em('agreements');
  return {
    agreements: await em.count(Agreement),
    changes: await em.count(StatusChange),
    audit: await em.count(AuditEntry),
  };
};

describe('creating agreements', () => {
  it('creates a draft with its terms, audited once per country party', async () => {
    const before = await counts();
    const agreement = await agreementIn(stack, admin, bilateral('BD', 'NL', ['INSPECTION_FINDINGS']));
    expect(agreement).toMatchObject({
      status: 'DRAFT',
      statusSince: '2023-06-01',
      version: 1,
      allowedTransitions: ['SIGNED'],
      signedOn: null,
    });
    expect(agreement.parties!.map((party) => [party.country?.code, party.role, party.since])).toEqual([
      ['BD', 'SIGNATORY', null],
      ['NL', 'SIGNATORY', null],
    ]);
    expect(agreement.sharingClauses).toEqual([
      {
        category: 'INSPECTION_FINDINGS',
        recipients: [
          { country: { code: 'BD' }, organization: null },
          { country: { code: 'NL' }, organization: null },
        ],
      },
    ]);
    const entries = await stack.em('agreements').find(AuditEntry, { target: `Agreement:${agreement.id}` });
    expect(entries.map((entry) => [entry.operation, entry.country, entry.role, entry.subject]).sort()).toEqual([
      ['createAgreement', 'BD', 'ADMIN', 'admin-1'],
      ['createAgreement', 'NL', 'ADMIN', 'admin-1'],
    ]);
    expect((await counts()).agreements).toBe(before.agreements + 1);
  });

  it('replays a retried create with the same idempotency key instead of writing twice', async () => {
    const input = bilateral('VN', 'DE', [], 'Retried agreement');
    const first = await mutate(stack, admin, 'createAgreement', input, 'retry-key-0001');
    const before = await counts();
    const second = await mutate(stack, admin, 'createAgreement', input, 'retry-key-0001');
    expect(second.payload.agreement?.id).toBe(first.payload.agreement!.id);
    expect(await counts()).toEqual(before);
    const reused = await mutate(
      stack,
      admin,
      'createAgreement',
      { ...input, title: 'Something else' },
      'retry-key-0001',
    );
    expect(reused.response.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('rejects malformed input with every problem listed and writes nothing', async () => {
    const before = await counts();
    const { response } = await mutate(stack, admin, 'createAgreement', {
      title: ' x ',
      kind: 'BILATERAL',
      draftedOn: '2030-01-01',
      parties: [
        { country: 'ZZ' },
        { country: 'bd', organizationId: 'org-x' },
        { organizationId: 'org-a' },
        { organizationId: 'org-a' },
      ],
      conventions: ['C999', 'C087', 'c087'],
      provisions: [{ kind: 'INFORMATION_SHARING' }],
      sharingClauses: [{ category: 'GRIEVANCE_CASES', recipients: [{ country: 'FR' }] }],
      grievanceMechanism: {
        name: 'X',
        acknowledgeWithinDays: -1,
        respondWithinDays: 30,
        reviewSteps: [{ name: 'A', withinDays: 5, after: 'PREVIOUS_STEP' }],
      },
    });
    expect(response.data).toEqual({ createAgreement: null });
    const error = response.errors![0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions!.issues as { path: string[] }[]).map((issue) => issue.path.join('.')).sort()).toEqual([
      'input.conventions.0',
      'input.conventions.2',
      'input.draftedOn',
      'input.grievanceMechanism',
      'input.grievanceMechanism.acknowledgeWithinDays',
      'input.grievanceMechanism.reviewSteps.0.after',
      'input.parties.0.country',
      'input.parties.1',
      'input.parties.3',
      'input.sharingClauses.0.recipients.0',
      'input.title',
    ]);
    expect(error.message).toMatch(/^The agreement was not created: /);
    expect(await counts()).toEqual(before);
  });

  it('refuses callers who are neither ADMIN nor hold agreements:write, and admits those who do', async () => {
    const regulator = await stack.token({ role: 'REGULATOR', country: 'BD' });
    const refused = await mutate(stack, regulator, 'createAgreement', bilateral('BD', 'IN', []));
    expect(refused.response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const iloStaff = await stack.token({
      role: 'CIVIL_SOCIETY',
      organizationId: 'org-better-factories-programme',
      scopes: ['agreements:write'],
    });
    const admitted = await mutate(stack, iloStaff, 'createAgreement', bilateral('BD', 'IN', [], 'Made by ILO staff'));
    expect(admitted.payload.userErrors).toEqual([]);
    expect(admitted.payload.agreement?.title).toBe('Made by ILO staff');
  });
});

describe('status changes', () => {
  it('moves along DRAFT → SIGNED → IN_FORCE → SUSPENDED → IN_FORCE → TERMINATED with dated history', async () => {
    const agreement = await agreementIn(stack, admin, bilateral('KH', 'FR', ['INSPECTION_FINDINGS']), [
      ...IN_FORCE,
      ['SUSPENDED', '2024-09-01'],
      ['IN_FORCE', '2025-01-15'],
      ['TERMINATED', '2025-06-01'],
    ]);
    expect(agreement.statusHistory!.map((change) => `${change.status}@${change.on}`)).toEqual([
      'DRAFT@2023-06-01',
      'SIGNED@2024-01-10',
      'IN_FORCE@2024-02-01',
      'SUSPENDED@2024-09-01',
      'IN_FORCE@2025-01-15',
      'TERMINATED@2025-06-01',
    ]);
    expect(agreement).toMatchObject({
      signedOn: '2024-01-10',
      inForceFrom: '2025-01-15',
      endedOn: '2025-06-01',
      allowedTransitions: [],
    });
    expect(agreement.parties!.every((party) => party.since === '2024-01-10')).toBe(true);
  });

  it.each([
    ['DRAFT', [], 'IN_FORCE', /DRAFT cannot become IN_FORCE: it can become SIGNED/],
    ['SIGNED', [['SIGNED', '2024-01-10']], 'SUSPENDED', /SIGNED cannot become SUSPENDED/],
    [
      'EXPIRED',
      [...IN_FORCE, ['EXPIRED', '2025-01-01']],
      'IN_FORCE',
      /EXPIRED cannot become IN_FORCE: EXPIRED is final/,
    ],
  ] as [AgreementStatus, [AgreementStatus, string][], AgreementStatus, RegExp][])(
    'refuses an illegal transition from %s and writes nothing',
    async (_from, path, to, message) => {
      const agreement = await agreementIn(stack, admin, bilateral('PK', 'ES', []), path);
      const before = await counts();
      const { payload } = await mutate(stack, admin, 'changeAgreementStatus', {
        agreementId: agreement.id,
        status: to,
        on: '2025-02-01',
      });
      expect(payload.agreement).toBeNull();
      expect(payload.userErrors).toEqual([
        { code: 'CONFLICT', message: expect.stringMatching(message), field: ['input', 'status'] },
      ]);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a change dated before the current status, a future date and a stale version', async () => {
    const agreement = await agreementIn(stack, admin, bilateral('TR', 'DE', []), IN_FORCE);
    const backwards = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: agreement.id,
      status: 'SUSPENDED',
      on: '2024-01-20',
    });
    expect(backwards.payload.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      field: ['input', 'on'],
      message: expect.stringMatching(/precede.*since 2024-02-01/),
    });
    const future = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: agreement.id,
      status: 'SUSPENDED',
      on: '2025-07-01',
    });
    expect(future.response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'on'], message: expect.stringMatching(/future/) }],
    });
    const stale = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: agreement.id,
      status: 'SUSPENDED',
      expectedVersion: 1,
    });
    expect(stale.payload.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'expectedVersion'] });
    const missing = await mutate(stack, admin, 'changeAgreementStatus', { agreementId: 'agr-nope', status: 'SIGNED' });
    expect(missing.payload.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to sign a bilateral agreement without exactly two signatories', async () => {
    const agreement = await agreementIn(stack, admin, {
      ...bilateral('ID', 'NL', []),
      parties: [{ country: 'ID' }, { country: 'NL' }, { country: 'DE' }],
    });
    const { payload } = await mutate(stack, admin, 'changeAgreementStatus', {
      agreementId: agreement.id,
      status: 'SIGNED',
      on: '2024-01-10',
    });
    expect(payload.userErrors[0].message).toMatch(
      /Cannot sign: a BILATERAL agreement has exactly two signatories, this one has 3/,
    );
  });
});
