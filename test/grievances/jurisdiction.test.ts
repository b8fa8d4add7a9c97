import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacility, addOrganization, file, newFacilityId, newKey, submission, FILE_GRIEVANCE } from './fixtures';
import {
  ACCEPT,
  caseAs,
  DECLINE,
  errorCode,
  LINK,
  payload,
  seesCase,
  versionAs,
  WITHDRAW_TRANSFER,
} from './jurisdiction-fixtures';

/**
 * Where a case belongs. Its facility's country is the jurisdiction, so a link to the registry is
 * guarded: the registry (through the gateway) gives the facility's country and owner, never an
 * argument; only the first link of a case filed by name is the handler's; a relink is the
 * jurisdiction's regulator's; and a facility abroad makes a transfer that the receiving country's
 * regulator must accept, both regulators seeing the case meanwhile.
 */
const NOW = new Date('2026-05-04T08:00:00Z');
const OWNER_BD = 'org-jur-owner-bd';
const OTHER_OWNER_BD = 'org-jur-other-owner-bd';
const OWNER_VN = 'org-jur-owner-vn';
const UNION = 'org-jur-union';
const FACILITY_BD = newFacilityId('BD');
const OTHER_FACILITY_BD = newFacilityId('BD');
const FACILITY_VN = newFacilityId('VN');

let stack: TestStack;
const tokens: Record<
  'ownerBD' | 'otherOwnerBD' | 'ownerVN' | 'union' | 'regulatorBD' | 'regulatorVN' | 'regulatorTH' | 'admin',
  string
> = {
  ownerBD: '',
  otherOwnerBD: '',
  ownerVN: '',
  union: '',
  regulatorBD: '',
  regulatorVN: '',
  regulatorTH: '',
  admin: '',
};

/** A union's case about FACILITY_BD naming its owner, who therefore handles it. */
const unionCase = async () =>
  (await file(stack, submission({ facility: { id: FACILITY_BD }, facilityOwnerId: OWNER_BD }), tokens.union)).grievance;
/** A case filed by facility name (in BD), naming the owner BD as the facility's owner. */
const namedCase = async () =>
  (
    await file(
      stack,
      submission({ facility: { name: 'Jamuna Knit', country: 'BD' }, facilityOwnerId: OWNER_BD }),
      tokens.union,
    )
  ).grievance;

const stored = (id: string) => stack.em('grievances').findOneOrFail(Grievance, id);
/** The case's audit entries of changes (not of reads), as "operation country", sorted: they may share an instant. */
const auditOf = async (id: string) =>
  (await stack.em('grievances').find(AuditEntry, { target: `Grievance:${id}` }))
    .filter((entry) => !entry.operation.startsWith('read:'))
    .map((entry) => `${entry.operation} ${entry.country}`)
    .sort();

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = stack.em('suppliers');
  addOrganization(registry, OWNER_BD, 'SUPPLIER');
  addOrganization(registry, OTHER_OWNER_BD, 'SUPPLIER');
  addOrganization(registry, OWNER_VN, 'SUPPLIER', 'VN');
  addOrganization(registry, UNION, 'UNION');
  addFacility(registry, FACILITY_BD, OWNER_BD);
  addFacility(registry, OTHER_FACILITY_BD, OTHER_OWNER_BD);
  addFacility(registry, FACILITY_VN, OWNER_VN);
  await registry.flush();
  tokens.ownerBD = await stack.token({ role: 'SUPPLIER', organizationId: OWNER_BD });
  tokens.otherOwnerBD = await stack.token({ role: 'SUPPLIER', organizationId: OTHER_OWNER_BD });
  tokens.ownerVN = await stack.token({ role: 'SUPPLIER', organizationId: OWNER_VN });
  tokens.union = await stack.token({ role: 'UNION', organizationId: UNION });
  tokens.regulatorBD = await stack.token({ role: 'REGULATOR', organizationId: 'org-jur-dife-bd', country: 'BD' });
  tokens.regulatorVN = await stack.token({ role: 'REGULATOR', organizationId: 'org-jur-molisa-vn', country: 'VN' });
  tokens.regulatorTH = await stack.token({ role: 'REGULATOR', organizationId: 'org-jur-dlpw-th', country: 'TH' });
  tokens.admin = await stack.token({ role: 'ADMIN' });
});
afterAll(() => stack?.stop());

describe('a link to the registry', () => {
  it('takes no owner from the caller: the argument is gone from the API', async () => {
    const { id, version } = await namedCase();
    const response = await stack.query(
      `mutation JurisdictionOwnerArgument($id: ID!, $facility: ID!, $version: Int!) {
        linkGrievanceToFacility(id: $id, facilityId: $facility, facilityOwnerId: "org-jur-accomplice", expectedVersion: $version) {
          grievance { id }
        }
      }`,
      { id, facility: FACILITY_BD, version },
      { token: tokens.regulatorBD },
    );
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await stored(id)).facilityId).toBeNull();
  });

  it('takes the facility’s country and owner from the registry, as a timeline event and an audit entry', async () => {
    const { id, version } = await namedCase();
    // The filer named OWNER_BD; the registry says OTHER_FACILITY_BD belongs to OTHER_OWNER_BD.
    const linked = payload(
      await stack.query(LINK, { id, facility: OTHER_FACILITY_BD, version }, { token: tokens.regulatorBD }),
      'linkGrievanceToFacility',
    );
    expect(linked).toMatchObject({
      grievance: {
        facility: { id: OTHER_FACILITY_BD },
        facilityCountry: { code: 'BD' },
        // The named owner no longer owns what the case is about: the inspector who linked it takes it on.
        handlerKind: 'REGULATOR',
        handler: { id: 'org-jur-dife-bd' },
        pendingTransfer: null,
      },
      userErrors: [],
    });
    expect((await stored(id)).facilityOwnerId).toBe(OTHER_OWNER_BD);
    expect(await seesCase(stack, tokens.otherOwnerBD, id)).toBe(true);
    expect(await seesCase(stack, tokens.ownerBD, id)).toBe(false);
    const timeline = (await caseAs(stack, tokens.regulatorBD, id))?.timeline ?? [];
    expect(timeline.at(-1)).toEqual({
      kind: 'FACILITY_LINKED',
      note: expect.stringContaining(`Linked to facility ${OTHER_FACILITY_BD}; was "Jamuna Knit" (BD) as reported.`),
    });
    expect(await auditOf(id)).toEqual(['linkGrievanceToFacility BD', 'submitGrievance BD']);
  });

  it('refuses a facility the registry does not know, writing nothing', async () => {
    const { id, version } = await namedCase();
    const unknown = newFacilityId('BD');
    const response = await stack.query(LINK, { id, facility: unknown, version }, { token: tokens.regulatorBD });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'facilityId', message: `facility ${unknown} is not in the registry` }],
    });
    expect(await stored(id)).toMatchObject({ facilityId: null, version });
  });
});

describe('the gateway’s registry lookup', () => {
  it('also finds a link inside fragments on the mutation type', async () => {
    const { id, version } = await namedCase();
    const unknown = newFacilityId('BD');
    const query = `mutation JurisdictionLinkInFragments($id: ID!, $facility: ID!, $version: Int!) {
      ... on Mutation { ...JurisdictionLinkFields }
    }
    fragment JurisdictionLinkFields on Mutation {
      linkGrievanceToFacility(id: $id, facilityId: $facility, expectedVersion: $version) {
        grievance { facility { id } }
        userErrors { code }
      }
    }`;
    const refused = await stack.query(query, { id, facility: unknown, version }, { token: tokens.regulatorBD });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'facilityId' }] });
    const linked = await stack.query(query, { id, facility: FACILITY_BD, version }, { token: tokens.regulatorBD });
    expect(linked.data?.linkGrievanceToFacility).toEqual({
      grievance: { facility: { id: FACILITY_BD } },
      userErrors: [],
    });
    expect((await stored(id)).facilityOwnerId).toBe(OWNER_BD);
  });
});

describe('the handler, even the accused facility owner', () => {
  it('makes the first link of a case filed by name in its country, but never moves a case elsewhere', async () => {
    const { id, version } = await namedCase();
    const abroad = await stack.query(LINK, { id, facility: FACILITY_VN, version }, { token: tokens.ownerBD });
    expect(errorCode(abroad)).toBe('FORBIDDEN');
    expect(await stored(id)).toMatchObject({ facilityId: null, facilityCountry: 'BD', version });

    const first = payload(
      await stack.query(LINK, { id, facility: FACILITY_BD, version }, { token: tokens.ownerBD }),
      'linkGrievanceToFacility',
    );
    expect(first.userErrors).toEqual([]);
    const linked = await stored(id);
    expect(linked).toMatchObject({
      facilityId: FACILITY_BD,
      facilityOwnerId: OWNER_BD,
      handlerOrganizationId: OWNER_BD,
    });

    // Relinking — to another supplier's facility at home, or to a facility abroad — is the regulator's.
    for (const facility of [OTHER_FACILITY_BD, FACILITY_VN]) {
      const relink = await stack.query(LINK, { id, facility, version: linked.version }, { token: tokens.ownerBD });
      expect(errorCode(relink)).toBe('FORBIDDEN');
      expect(relink.errors?.[0].message).toMatch(/regulator of the case’s jurisdiction/);
    }
    expect(await stored(id)).toMatchObject({ facilityId: FACILITY_BD, facilityCountry: 'BD', version: linked.version });
    expect(await seesCase(stack, tokens.regulatorBD, id)).toBe(true);
    expect(await seesCase(stack, tokens.regulatorVN, id)).toBe(false);
  });

  it('cannot relink a case filed with a registry id either', async () => {
    const { id, version } = await unionCase();
    const relink = await stack.query(LINK, { id, facility: OTHER_FACILITY_BD, version }, { token: tokens.ownerBD });
    expect(errorCode(relink)).toBe('FORBIDDEN');
    // The filing union sees the case but does not handle it.
    const byFiler = await stack.query(LINK, { id, facility: OTHER_FACILITY_BD, version }, { token: tokens.union });
    expect(errorCode(byFiler)).toBe('FORBIDDEN');
    expect(await stored(id)).toMatchObject({ facilityId: FACILITY_BD, version });
  });
});

describe('the regulator of the jurisdiction', () => {
  it('relinks a case within its country at once, the handler following the registry’s owner', async () => {
    const { id, version } = await unionCase();
    const relinked = payload(
      await stack.query(
        LINK,
        { id, facility: OTHER_FACILITY_BD, version, note: 'Wrong unit: the line is in the annex' },
        { token: tokens.regulatorBD },
      ),
      'linkGrievanceToFacility',
    );
    expect(relinked.grievance).toMatchObject({
      facility: { id: OTHER_FACILITY_BD },
      handlerKind: 'REGULATOR',
      handler: { id: 'org-jur-dife-bd' },
    });
    expect((await stored(id)).facilityOwnerId).toBe(OTHER_OWNER_BD);
    const again = payload(
      await stack.query(
        LINK,
        { id, facility: OTHER_FACILITY_BD, version: relinked.grievance!.version },
        { token: tokens.regulatorBD },
      ),
      'linkGrievanceToFacility',
    );
    expect(again.userErrors).toEqual([
      { code: 'CONFLICT', message: `The case is already linked to ${OTHER_FACILITY_BD}`, field: ['facilityId'] },
    ]);
  });
});

describe('a transfer to a facility in another country', () => {
  it('waits for the receiving regulator, both regulators seeing the case meanwhile; accepted, it moves', async () => {
    const { id, version } = await unionCase();
    const requested = payload(
      await stack.query(
        LINK,
        { id, facility: FACILITY_VN, version, note: 'Production moved to the Dong Nai plant' },
        { token: tokens.regulatorBD },
      ),
      'linkGrievanceToFacility',
    );
    expect(requested).toMatchObject({
      grievance: {
        facility: { id: FACILITY_BD },
        facilityCountry: { code: 'BD' },
        pendingTransfer: {
          facility: { id: FACILITY_VN },
          country: { code: 'VN' },
          requestedByRole: 'REGULATOR',
          requestedBy: { id: 'org-jur-dife-bd' },
          note: 'Production moved to the Dong Nai plant',
        },
      },
      userErrors: [],
    });
    const pendingVersion = requested.grievance!.version;
    expect(await seesCase(stack, tokens.regulatorBD, id)).toBe(true);
    expect((await caseAs(stack, tokens.regulatorVN, id))?.pendingTransfer?.country.code).toBe('VN');
    expect(await seesCase(stack, tokens.regulatorTH, id)).toBe(false);
    // Nothing moved yet: the owner at home still sees it, the owner abroad does not.
    expect(await seesCase(stack, tokens.ownerBD, id)).toBe(true);
    expect(await seesCase(stack, tokens.ownerVN, id)).toBe(false);

    const relink = payload(
      await stack.query(
        LINK,
        { id, facility: OTHER_FACILITY_BD, version: pendingVersion },
        { token: tokens.regulatorBD },
      ),
      'linkGrievanceToFacility',
    );
    expect(relink.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    for (const token of [tokens.regulatorBD, tokens.ownerBD, tokens.union]) {
      const accepted = await stack.query(ACCEPT, { id, version: pendingVersion }, { token });
      expect(errorCode(accepted)).toBe('FORBIDDEN');
    }
    const byThirdCountry = payload(
      await stack.query(ACCEPT, { id, version: pendingVersion }, { token: tokens.regulatorTH }),
      'acceptGrievanceTransfer',
    );
    expect(byThirdCountry).toEqual({ grievance: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND' })] });
    const stale = payload(
      await stack.query(ACCEPT, { id, version: pendingVersion - 1 }, { token: tokens.regulatorVN }),
      'acceptGrievanceTransfer',
    );
    expect(stale.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['expectedVersion'] });
    expect(await stored(id)).toMatchObject({ facilityCountry: 'BD', transferCountry: 'VN', version: pendingVersion });

    const accepted = payload(
      await stack.query(
        ACCEPT,
        { id, version: pendingVersion, note: 'Taken on by the Dong Nai office' },
        { token: tokens.regulatorVN },
      ),
      'acceptGrievanceTransfer',
    );
    expect(accepted).toMatchObject({
      grievance: {
        facility: { id: FACILITY_VN },
        facilityCountry: { code: 'VN' },
        handlerKind: 'REGULATOR',
        handler: { id: 'org-jur-molisa-vn' },
        pendingTransfer: null,
      },
      userErrors: [],
    });
    expect((await stored(id)).facilityOwnerId).toBe(OWNER_VN);
    expect(await seesCase(stack, tokens.regulatorBD, id)).toBe(false);
    expect(await seesCase(stack, tokens.ownerBD, id)).toBe(false);
    expect(await seesCase(stack, tokens.ownerVN, id)).toBe(true);
    const timeline = (await caseAs(stack, tokens.regulatorVN, id))?.timeline ?? [];
    expect(timeline.slice(-2)).toEqual([
      {
        kind: 'TRANSFER_REQUESTED',
        note: expect.stringContaining(`to facility ${FACILITY_VN} in VN requested`),
      },
      { kind: 'TRANSFER_ACCEPTED', note: expect.stringContaining('Taken on by the Dong Nai office') },
    ]);
    // Each step is in both countries' audit trails.
    expect(await auditOf(id)).toEqual([
      'acceptGrievanceTransfer BD',
      'acceptGrievanceTransfer VN',
      'linkGrievanceToFacility:TRANSFER_REQUESTED BD',
      'linkGrievanceToFacility:TRANSFER_REQUESTED VN',
      'submitGrievance BD',
    ]);
  });

  it('is declined by the receiving regulator or withdrawn by the requesting side, the case staying home', async () => {
    const { id, version } = await unionCase();
    const request = async (token: string, at: number) =>
      payload(await stack.query(LINK, { id, facility: FACILITY_VN, version: at }, { token }), 'linkGrievanceToFacility')
        .grievance!.version;

    const declined = payload(
      await stack.query(
        DECLINE,
        { id, version: await request(tokens.regulatorBD, version), reason: 'Not our facility' },
        { token: tokens.regulatorVN },
      ),
      'declineGrievanceTransfer',
    );
    // The decliner no longer sees the case at all.
    expect(declined).toEqual({ grievance: null, userErrors: [] });
    expect(await seesCase(stack, tokens.regulatorVN, id)).toBe(false);
    expect(await caseAs(stack, tokens.regulatorBD, id)).toMatchObject({
      facilityCountry: { code: 'BD' },
      pendingTransfer: null,
    });

    const byReceiver = await stack.query(
      WITHDRAW_TRANSFER,
      { id, version: await request(tokens.regulatorBD, await versionAs(stack, tokens.regulatorBD, id)) },
      { token: tokens.regulatorVN },
    );
    expect(errorCode(byReceiver)).toBe('FORBIDDEN');
    const withdrawn = payload(
      await stack.query(
        WITHDRAW_TRANSFER,
        { id, version: await versionAs(stack, tokens.regulatorBD, id), reason: 'Asked too early' },
        { token: tokens.regulatorBD },
      ),
      'withdrawGrievanceTransfer',
    );
    expect(withdrawn.grievance).toMatchObject({ facilityCountry: { code: 'BD' }, pendingTransfer: null });
    expect(await seesCase(stack, tokens.regulatorVN, id)).toBe(false);

    // An administrator, who sees no case, may ask for and withdraw a transfer too.
    const byAdmin = payload(
      await stack.query(
        LINK,
        { id, facility: FACILITY_VN, version: withdrawn.grievance!.version },
        { token: tokens.admin },
      ),
      'linkGrievanceToFacility',
    );
    expect(byAdmin).toEqual({ grievance: null, userErrors: [] });
    expect(await stored(id)).toMatchObject({ transferCountry: 'VN', transferRequestedByRole: 'ADMIN' });
    const adminWithdraws = payload(
      await stack.query(WITHDRAW_TRANSFER, { id, version: (await stored(id)).version }, { token: tokens.admin }),
      'withdrawGrievanceTransfer',
    );
    expect(adminWithdraws.userErrors).toEqual([]);
    const nothingPending = payload(
      await stack.query(WITHDRAW_TRANSFER, { id, version: (await stored(id)).version }, { token: tokens.regulatorBD }),
      'withdrawGrievanceTransfer',
    );
    expect(nothingPending.userErrors).toEqual([
      { code: 'CONFLICT', message: 'No transfer of this case is pending', field: ['id'] },
    ]);

    const kinds = ((await caseAs(stack, tokens.regulatorBD, id))?.timeline ?? []).map((event) => event.kind);
    expect(kinds.filter((kind) => kind.startsWith('TRANSFER_'))).toEqual([
      'TRANSFER_REQUESTED',
      'TRANSFER_DECLINED',
      'TRANSFER_REQUESTED',
      'TRANSFER_WITHDRAWN',
      'TRANSFER_REQUESTED',
      'TRANSFER_WITHDRAWN',
    ]);
    const audit = await auditOf(id);
    for (const operation of ['declineGrievanceTransfer', 'withdrawGrievanceTransfer'])
      expect(audit).toEqual(expect.arrayContaining([`${operation} BD`, `${operation} VN`]));
  });
});

describe('while the registry cannot answer', () => {
  it('refuses every link with a retryable SERVICE_UNAVAILABLE and writes nothing; a worker’s filing still goes through', async () => {
    const { id, version } = await namedCase();
    await stack.subgraphs.suppliers.stop();
    const link = await stack.query(LINK, { id, facility: FACILITY_BD, version }, { token: tokens.regulatorBD });
    expect(link.status).toBe(503);
    expect(errorCode(link)).toBe('SERVICE_UNAVAILABLE');
    expect(await stored(id)).toMatchObject({ facilityId: null, version });
    expect(await auditOf(id)).toEqual(['submitGrievance BD']);

    const filing = await stack.query(FILE_GRIEVANCE, {
      input: submission({ facility: { id: newFacilityId('BD') } }),
      key: newKey('outage'),
    });
    expect(dataOf(filing).submitGrievance!.trackingCode).toMatch(/^GRV-/);
  });
});
