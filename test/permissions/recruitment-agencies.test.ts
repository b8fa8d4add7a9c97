import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { Organization } from '../../subgraphs/suppliers/src/entities/organization.entity';
import { RecruitmentChannel } from '../../subgraphs/suppliers/src/entities/recruitment-channel.entity';
import { addOrganization } from '../support/registry';
import { startTestStack, type TestStack } from '../support/stack';
import { addFacilities } from '../suppliers/fixtures';
import {
  CHANNELS,
  END_AGENCY_LINK,
  LINK_AGENCY,
  recruitmentKey,
  REGISTER_AGENCY,
} from '../suppliers/recruitment-support';
import { activeLink } from '../suppliers/supply-chain-support';
import { as, NOW, ORG, PRINCIPALS, type World } from './fixtures';
import { CALLERS, type Caller, type MutationOutcome } from './matrix';
import { expectDeniedExactly, valueAt, type MatrixResponse } from './outcomes';

/**
 * Matrix rows of recruitment agencies: who registers an agency licensed in Bangladesh (ADMIN and
 * Bangladesh's regulator), who records and ends a facility's recruitment channel (the supplier
 * owning the facility and ADMIN), and who reads `Facility.recruitmentAgencies` (the owner, the
 * brand sourcing from the facility, regulators of its country or of the agency's licence country,
 * ADMIN). Every refused write leaves nothing written and nothing audited.
 */
const WRITES: Record<string, Partial<Record<Caller, MutationOutcome>>> = {
  registerRecruitmentAgency: { ADMIN: 'ok', REGULATOR_HOME: 'ok' },
  linkRecruitmentAgency: { SUPPLIER: 'ok', ADMIN: 'ok' },
  endRecruitmentAgencyLink: { SUPPLIER: 'ok', ADMIN: 'ok' },
};
const outcomeOf = (mutation: string, caller: Caller): MutationOutcome => WRITES[mutation]![caller] ?? 'FORBIDDEN';

let stack: TestStack;
let world: Pick<World, 'tokens'>;
let agencyBD: string;
let agencyVN: string;

const suppliers = () => stack.em('suppliers');
let made = 0;

async function facility(): Promise<string> {
  const n = ++made;
  const [id] = await addFacilities(suppliers(), [
    { name: `Padma Sweaters ${n}`, address: `Plot ${n}, DEPZ, Savar`, countryCode: 'BD', ownerId: ORG.supplier },
  ]);
  return id!;
}

async function agency(licenceCountry: string): Promise<string> {
  const response = await as(stack, world, 'ADMIN', REGISTER_AGENCY, {
    key: recruitmentKey(),
    input: { name: `Agency ${++made}`, country: licenceCountry, licenceCountry, licenceNumber: `LIC-${made}` },
  });
  return response.data!.registerRecruitmentAgency!.agency!.id;
}

async function channel(facilityId: string, agencyId: string): Promise<string> {
  const response = await as(stack, world, 'SUPPLIER', LINK_AGENCY, {
    key: recruitmentKey(),
    input: { facilityId, agencyId, since: '2025-01-01' },
  });
  return response.data!.linkRecruitmentAgency!.channel!.id;
}

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = suppliers();
  addOrganization(registry, ORG.brand, 'BRAND', 'DE');
  addOrganization(registry, ORG.supplier, 'SUPPLIER', 'BD');
  await registry.flush();
  const tokens = { PUBLIC: undefined } as World['tokens'];
  for (const caller of CALLERS) if (caller !== 'PUBLIC') tokens[caller] = await stack.token(PRINCIPALS[caller]);
  world = { tokens };
  agencyBD = await agency('BD');
  agencyVN = await agency('VN');
});
afterAll(() => stack?.stop());

/** The registry's agencies, channels and audit entries, to show that a refusal wrote nothing. */
const state = async () => ({
  agencies: await suppliers().count(Organization, { kind: 'RECRUITMENT_AGENCY' }),
  channels: (await suppliers().find(RecruitmentChannel, {}, { orderBy: { id: 'asc' } })).map(({ id, until }) => ({
    id,
    until,
  })),
  audited: await suppliers().count(AuditEntry),
});

interface Row {
  prepare: () => Promise<string>;
  run: (caller: Caller, target: string) => Promise<MatrixResponse>;
  payload: string;
}

const ROWS: Record<string, Row> = {
  registerRecruitmentAgency: {
    prepare: async () => `BD-${++made}`,
    run: (caller, licenceNumber) =>
      as(stack, world, caller, REGISTER_AGENCY, {
        key: recruitmentKey(),
        input: { name: `Sylhet Overseas ${licenceNumber}`, country: 'BD', licenceCountry: 'BD', licenceNumber },
      }),
    payload: 'agency',
  },
  linkRecruitmentAgency: {
    prepare: facility,
    run: (caller, facilityId) =>
      as(stack, world, caller, LINK_AGENCY, {
        key: recruitmentKey(),
        input: { facilityId, agencyId: agencyBD, since: '2025-01-01' },
      }),
    payload: 'channel',
  },
  endRecruitmentAgencyLink: {
    prepare: async () => channel(await facility(), agencyBD),
    run: (caller, id) => as(stack, world, caller, END_AGENCY_LINK, { id }),
    payload: 'channel',
  },
};

for (const [mutation, row] of Object.entries(ROWS)) {
  describe(mutation, () => {
    it.each(CALLERS)('%s', async (caller) => {
      const target = await row.prepare();
      const before = await state();
      const response = await row.run(caller, target);
      if (outcomeOf(mutation, caller) === 'FORBIDDEN') {
        expect(valueAt(response, [mutation]) ?? null).toBeNull();
        expectDeniedExactly(response, [[mutation]]);
        expect(await state()).toEqual(before);
        return;
      }
      expect(response.errors).toBeUndefined();
      expect(valueAt(response, [mutation, 'userErrors'])).toEqual([]);
      expect(valueAt(response, [mutation, row.payload])).toBeTruthy();
      const subject = PRINCIPALS[caller as Exclude<Caller, 'PUBLIC'>].subject;
      expect(await suppliers().count(AuditEntry, { subject, operation: mutation })).toBeGreaterThan(0);
    });
  });
}

describe('Facility.recruitmentAgencies', () => {
  /** Which of the two channels (agency licensed in BD, agency licensed in VN) each caller sees. */
  const SEES: Record<Caller, ('BD' | 'VN')[]> = {
    PUBLIC: [],
    BRAND: ['BD', 'VN'],
    SUPPLIER: ['BD', 'VN'],
    UNION: [],
    REGULATOR_HOME: ['BD', 'VN'],
    REGULATOR_PARTNER: [],
    REGULATOR_FOREIGN: ['VN'],
    AUDITOR: [],
    CIVIL_SOCIETY: [],
    ADMIN: ['BD', 'VN'],
  };
  let facilityId: string;
  const channels: Record<'BD' | 'VN', string> = { BD: '', VN: '' };

  beforeAll(async () => {
    facilityId = await facility();
    await activeLink(
      stack,
      { proposer: world.tokens.BRAND!, confirmer: world.tokens.SUPPLIER! },
      { facilityId, tier: 1 },
    );
    channels.BD = await channel(facilityId, agencyBD);
    channels.VN = await channel(facilityId, agencyVN);
  });

  it.each(CALLERS)('%s', async (caller) => {
    const response = await as(stack, world, caller, CHANNELS, { id: facilityId });
    expect(response.errors).toBeUndefined();
    const seen = (response.data!.facility!.recruitmentAgencies ?? []).map(({ id }) => id).sort();
    expect(seen).toEqual(SEES[caller].map((licence) => channels[licence]).sort());
  });

  it('a brand without an ACTIVE link to the facility sees none of its channels', async () => {
    const token = await stack.token({ role: 'BRAND', organizationId: 'org-pm-unlinked-brand', subject: 'pm-unlinked' });
    const response = await stack.query(CHANNELS, { id: facilityId }, { token });
    expect(response.data!.facility!.recruitmentAgencies).toEqual([]);
  });
});
