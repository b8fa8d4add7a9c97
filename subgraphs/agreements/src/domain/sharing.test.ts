import { describe, expect, it } from 'vitest';
import {
  categoriesReceived,
  mayReceive,
  receivesFrom,
  sharesWith,
  sharingGrants,
  sharingPartnersOf,
  type SharingAgreement,
} from './sharing';

const agreement = (
  id: string,
  status: SharingAgreement['status'],
  countries: string[],
  clauses: [string, string[]][],
  extra: SharingAgreement['parties'] = [],
): SharingAgreement => ({
  id,
  status,
  parties: [
    ...countries.map((countryCode) => ({ countryCode, organizationId: null, role: 'SIGNATORY' as const })),
    ...extra,
  ],
  sharingClauses: clauses.map(([category, recipients]) => ({ category: category as never, recipients })),
});

const mou = agreement(
  'mou',
  'IN_FORCE',
  ['BD', 'NL'],
  [
    ['INSPECTION_FINDINGS', ['country:BD', 'country:NL']],
    ['GRIEVANCE_CASES', ['country:NL']],
  ],
);
const suspended = agreement(
  'suspended',
  'SUSPENDED',
  ['BD', 'FR'],
  [['INSPECTION_FINDINGS', ['country:BD', 'country:FR']]],
);
const draft = agreement('draft', 'DRAFT', ['BD', 'GB'], [['INSPECTION_FINDINGS', ['country:GB']]]);
const network = agreement(
  'network',
  'IN_FORCE',
  ['BD', 'VN', 'KH'],
  [['ENFORCEMENT_ACTIONS', ['country:BD', 'country:VN', 'country:KH']]],
  [{ countryCode: 'CH', organizationId: null, role: 'OBSERVER' }],
);

describe('sharing grants', () => {
  const grants = sharingGrants([mou, suspended, draft, network]);

  it('lets a clause naming both parties flow both ways, and a one-sided clause one way', () => {
    expect(receivesFrom(grants, 'NL', 'INSPECTION_FINDINGS')).toEqual(['BD']);
    expect(receivesFrom(grants, 'BD', 'INSPECTION_FINDINGS')).toEqual(['NL']);
    expect(receivesFrom(grants, 'NL', 'GRIEVANCE_CASES')).toEqual(['BD']);
    expect(receivesFrom(grants, 'BD', 'GRIEVANCE_CASES')).toEqual([]);
    expect(sharesWith(grants, 'BD', 'GRIEVANCE_CASES')).toEqual(['NL']);
  });

  it('ignores agreements that are not IN_FORCE', () => {
    expect(receivesFrom(grants, 'FR', 'INSPECTION_FINDINGS')).toEqual([]);
    expect(receivesFrom(grants, 'GB', 'INSPECTION_FINDINGS')).toEqual([]);
    expect(grants.every((grant) => grant.agreementId === 'mou' || grant.agreementId === 'network')).toBe(true);
  });

  it('makes every other bound party of a multilateral agreement a sender, but not an observer', () => {
    expect(receivesFrom(grants, 'KH', 'ENFORCEMENT_ACTIONS')).toEqual(['BD', 'VN']);
    expect(sharesWith(grants, 'CH', 'ENFORCEMENT_ACTIONS')).toEqual([]);
  });

  it('ignores recipients that are organisations or not parties at all', () => {
    const odd = agreement(
      'odd',
      'IN_FORCE',
      ['US', 'MX'],
      [['GRIEVANCE_CASES', ['organization:org-union', 'country:DE', 'country:US']]],
    );
    expect(sharingGrants([odd])).toEqual([{ category: 'GRIEVANCE_CASES', from: 'MX', to: 'US', agreementId: 'odd' }]);
  });

  it('answers which categories one country may receive from another', () => {
    expect(categoriesReceived(grants, 'NL', 'BD')).toEqual(['INSPECTION_FINDINGS', 'GRIEVANCE_CASES']);
    expect(categoriesReceived(grants, 'BD', 'NL')).toEqual(['INSPECTION_FINDINGS']);
    expect(categoriesReceived(grants, 'BD', 'FR')).toEqual([]);
    expect(mayReceive(grants, 'BD', 'NL', 'GRIEVANCE_CASES')).toBe(false);
    expect(mayReceive(grants, 'BD', 'BD', 'GRIEVANCE_CASES')).toBe(true);
  });

  it("lists a country's partners per category, leaving out categories without any", () => {
    expect(sharingPartnersOf(grants, 'BD')).toEqual([
      { category: 'INSPECTION_FINDINGS', receivesFrom: ['NL'], sharesWith: ['NL'] },
      { category: 'GRIEVANCE_CASES', receivesFrom: [], sharesWith: ['NL'] },
      { category: 'ENFORCEMENT_ACTIONS', receivesFrom: ['KH', 'VN'], sharesWith: ['KH', 'VN'] },
    ]);
  });
});
