import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import { graphql } from '../__generated__';
import type { FindingInput } from '../__generated__/graphql';
import { FILE_GRIEVANCE, newKey, submission } from '../grievances/fixtures';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { addFacilities, addOrganization } from './fixtures';
import { activeLink } from './supply-chain-support';
import { channelIds, END_AGENCY_LINK, linkAgency, registerAgency } from './recruitment-support';

/**
 * Recruitment agencies through the API: a regulator (or an admin) registers an agency with its
 * licence, a facility's owner records that it recruits through it, and only those with a stake
 * in the facility see how it recruits.
 */
const NOW = new Date('2026-03-02T10:00:00Z');
const BRAND = 'org-rec-brand';
const OTHER_BRAND = 'org-rec-other-brand';
const SUPPLIER = 'org-rec-supplier';

let stack: TestStack;
const tokens: Record<
  'brand' | 'otherBrand' | 'supplier' | 'regulatorBD' | 'regulatorNP' | 'regulatorVN' | 'admin' | 'auditor' | 'union',
  string
> = {} as never;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const em = stack.em('suppliers');
  addOrganization(em, BRAND, 'BRAND');
  addOrganization(em, OTHER_BRAND, 'BRAND');
  addOrganization(em, SUPPLIER, 'SUPPLIER', 'BD');
  await em.flush();
  tokens.brand = await stack.token({ role: 'BRAND', organizationId: BRAND, subject: 'rec-brand' });
  tokens.otherBrand = await stack.token({ role: 'BRAND', organizationId: OTHER_BRAND, subject: 'rec-other' });
  tokens.supplier = await stack.token({ role: 'SUPPLIER', organizationId: SUPPLIER, subject: 'rec-supplier' });
  tokens.regulatorBD = await stack.token({ role: 'REGULATOR', country: 'BD', subject: 'rec-regulator-bd' });
  tokens.regulatorNP = await stack.token({ role: 'REGULATOR', country: 'NP', subject: 'rec-regulator-np' });
  tokens.regulatorVN = await stack.token({ role: 'REGULATOR', country: 'VN', subject: 'rec-regulator-vn' });
  tokens.admin = await stack.token({ role: 'ADMIN', subject: 'rec-admin' });
  tokens.auditor = await stack.token({ role: 'AUDITOR', organizationId: 'org-rec-audits', subject: 'rec-auditor' });
  tokens.union = await stack.token({ role: 'UNION', organizationId: 'org-rec-union', subject: 'rec-union' });
});
afterAll(() => stack?.stop());

let made = 0;
async function facility(): Promise<string> {
  const n = ++made;
  const [id] = await addFacilities(stack.em('suppliers'), [
    { name: `Karnaphuli Garments ${n}`, address: `Plot ${n}, Chittagong EPZ`, countryCode: 'BD', ownerId: SUPPLIER },
  ]);
  return id!;
}

/** A recruitment agency licensed in Nepal, registered by Nepal's regulator. */
async function agency(number = `NP-LIC-${++made}`): Promise<string> {
  const registered = dataOf(
    await registerAgency(stack, tokens.regulatorNP, {
      name: `Himalayan Manpower ${number}`,
      country: 'NP',
      licenceCountry: 'NP',
      licenceNumber: number,
    }),
  ).registerRecruitmentAgency!;
  if (!registered.agency) throw new Error(JSON.stringify(registered.userErrors));
  return registered.agency.id;
}

describe('registering recruitment agencies', () => {
  it('a regulator registers an agency licensed by its country; the licence number is trimmed', async () => {
    const registered = dataOf(
      await registerAgency(stack, tokens.regulatorNP, {
        name: 'Everest Overseas Recruitment',
        country: 'NP',
        licenceCountry: 'NP',
        licenceNumber: '  1234/075/76 ',
        validUntil: '2027-07-15',
      }),
    ).registerRecruitmentAgency!;
    expect(registered.userErrors).toEqual([]);
    expect(registered.agency).toMatchObject({
      kind: 'RECRUITMENT_AGENCY',
      country: { code: 'NP' },
      licence: { country: { code: 'NP' }, number: '1234/075/76', validUntil: '2027-07-15' },
    });
  });

  it('a licence number is required', async () => {
    const response = await registerAgency(stack, tokens.admin, {
      name: 'No Licence Ltd',
      country: 'NP',
      licenceCountry: 'NP',
      licenceNumber: '   ',
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a regulator of another country, and a brand, may not register it', async () => {
    const input = { name: 'Kathmandu Placement', country: 'NP', licenceCountry: 'NP', licenceNumber: 'NP-X-1' };
    for (const token of [tokens.regulatorBD, tokens.brand]) {
      const response = await registerAgency(stack, token, input);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('the same licence of the same country cannot be registered twice', async () => {
    await agency('NP-DUP-1');
    const again = dataOf(
      await registerAgency(stack, tokens.admin, {
        name: 'Copycat Manpower',
        country: 'NP',
        licenceCountry: 'NP',
        licenceNumber: 'NP-DUP-1',
      }),
    ).registerRecruitmentAgency!;
    expect(again.agency).toBeNull();
    expect(again.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'licenceNumber'] });
  });
});

describe("a facility's recruitment channels", () => {
  it('the owner links an agency on a corridor; owner, regulators and the sourcing brand see it, others do not', async () => {
    const [facilityId, agencyId] = [await facility(), await agency()];
    await activeLink(stack, { proposer: tokens.brand, confirmer: tokens.supplier }, { facilityId, tier: 1 });
    const linked = dataOf(
      await linkAgency(stack, tokens.supplier, {
        facilityId,
        agencyId,
        corridor: { fromCountry: 'NP', toCountry: 'BD' },
        since: '2025-06-01',
      }),
    ).linkRecruitmentAgency!;
    expect(linked.userErrors).toEqual([]);
    expect(linked.channel).toMatchObject({
      agency: { id: agencyId },
      corridor: { fromCountry: { code: 'NP' }, toCountry: { code: 'BD' } },
      since: '2025-06-01',
      until: null,
    });
    const channel = linked.channel!.id;
    for (const token of [tokens.supplier, tokens.regulatorBD, tokens.regulatorNP, tokens.brand, tokens.admin])
      expect(await channelIds(stack, token, facilityId)).toEqual([channel]);
    for (const token of [tokens.otherBrand, tokens.regulatorVN, undefined])
      expect(await channelIds(stack, token, facilityId)).toEqual([]);
  });

  it('only a recruitment agency can be linked, and only by the facility owner', async () => {
    const facilityId = await facility();
    const notAgency = dataOf(
      await linkAgency(stack, tokens.supplier, { facilityId, agencyId: BRAND, since: '2025-01-01' }),
    ).linkRecruitmentAgency!;
    expect(notAgency.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'agencyId'] });
    const byBrand = await linkAgency(stack, tokens.brand, {
      facilityId,
      agencyId: await agency(),
      since: '2025-01-01',
    });
    expect(byBrand.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the owner ends a channel: it stays as history with its end date', async () => {
    const [facilityId, agencyId] = [await facility(), await agency()];
    const channel = dataOf(await linkAgency(stack, tokens.supplier, { facilityId, agencyId, since: '2025-01-01' }))
      .linkRecruitmentAgency!.channel!;
    const ended = dataOf(await stack.query(END_AGENCY_LINK, { id: channel.id }, { token: tokens.supplier }));
    expect(ended.endRecruitmentAgencyLink).toMatchObject({ channel: { id: channel.id, until: '2026-03-02' } });
    const again = dataOf(await stack.query(END_AGENCY_LINK, { id: channel.id }, { token: tokens.supplier }));
    expect(again.endRecruitmentAgencyLink!.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(await channelIds(stack, tokens.supplier, facilityId)).toEqual([channel.id]);
  });
});

const SUBMIT_INSPECTION = graphql(`
  mutation RecruitmentSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
    submitInspection(input: $input, idempotencyKey: $key) {
      inspection {
        id
        findings {
          recruitmentAgency {
            id
            kind
            licence {
              number
            }
          }
        }
      }
    }
  }
`);
const GRIEVANCE = graphql(`
  query RecruitmentGrievance($id: ID!) {
    grievance(id: $id) {
      recruitmentAgency {
        id
        kind
      }
      recruitmentAgencyVerified
    }
  }
`);

const inspectionNaming = (facilityId: string, recruitmentAgencyId: string) => {
  const finding: FindingInput = {
    area: 'FORCED_LABOUR',
    compliancePoint: 'Recruitment fees',
    severity: 'MAJOR',
    description: 'Workers paid recruitment fees to the agency and owe the debt to it',
    recruitmentAgencyId,
  };
  return stack.query(
    SUBMIT_INSPECTION,
    {
      input: {
        facilityId,
        kind: 'SOCIAL_AUDIT',
        startedOn: '2026-02-10',
        endedOn: '2026-02-11',
        announced: false,
        workersInterviewed: 20,
        disclosure: 'PRIVATE',
        findings: [finding],
      },
      key: newKey('rec-inspection'),
    },
    { token: tokens.auditor },
  );
};

describe('findings and grievances naming an agency', () => {
  it('a finding names the recruitment agency and reads it back from the registry', async () => {
    const [facilityId, agencyId] = [await facility(), await agency('NP-FIND-1')];
    const inspection = dataOf(await inspectionNaming(facilityId, agencyId)).submitInspection!.inspection!;
    expect(inspection.findings[0]!.recruitmentAgency).toEqual({
      id: agencyId,
      kind: 'RECRUITMENT_AGENCY',
      licence: { number: 'NP-FIND-1' },
    });
  });

  it('a finding naming a brand is refused at its path', async () => {
    const response = await inspectionNaming(await facility(), BRAND);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: ['input', 'findings', '0', 'recruitmentAgencyId'] })],
    });
  });

  it('a union files a grievance naming the agency that recruited the complainant; the regulator reads it', async () => {
    const [facilityId, agencyId] = [await facility(), await agency()];
    const filed = dataOf(
      await stack.query(
        FILE_GRIEVANCE,
        { input: submission({ facility: { id: facilityId }, recruitmentAgencyId: agencyId }), key: newKey('rec') },
        { token: tokens.union },
      ),
    ).submitGrievance!;
    const read = dataOf(await stack.query(GRIEVANCE, { id: filed.grievance!.id }, { token: tokens.regulatorBD }));
    expect(read.grievance).toEqual({
      recruitmentAgency: { id: agencyId, kind: 'RECRUITMENT_AGENCY' },
      recruitmentAgencyVerified: true,
    });
  });

  it('a grievance naming an organisation that is not an agency is refused', async () => {
    const response = await stack.query(
      FILE_GRIEVANCE,
      { input: submission({ facility: { id: await facility() }, recruitmentAgencyId: SUPPLIER }), key: newKey('rec') },
      { token: tokens.union },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // Last: it stops the registry.
  it('while the registry cannot answer, a grievance naming an agency is still filed, the agency unverified', async () => {
    const [facilityId, agencyId] = [await facility(), await agency()];
    await stack.subgraphs.suppliers.stop();
    const filed = dataOf(
      await stack.query(
        FILE_GRIEVANCE,
        { input: submission({ facility: { id: facilityId }, recruitmentAgencyId: agencyId }), key: newKey('rec') },
        { token: tokens.union },
      ),
    ).submitGrievance!;
    const stored = await stack.em('grievances').findOneOrFail(Grievance, filed.grievance!.id);
    expect(stored).toMatchObject({ recruitmentAgencyId: agencyId, recruitmentAgencyVerified: false });
  });
});
