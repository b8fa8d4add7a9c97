import { describe, expect, it } from 'vitest';
import { sharingClauseOf } from './audit';
import type { Principal } from './principal';

const regulator = (overrides: Partial<Principal> = {}): Principal => ({
  subject: 'nl-inspector',
  role: 'REGULATOR',
  organizationId: 'org-nl-inspectorate',
  country: 'NL',
  scopes: [],
  sharedWith: { INSPECTION_FINDINGS: ['BD', 'MX'], GRIEVANCE_CASES: [] },
  sharingAgreements: { INSPECTION_FINDINGS: { BD: ['agr-bd-nl', 'agr-network'], MX: ['agr-mx-nl'] } },
  ...overrides,
});

describe('sharingClauseOf', () => {
  it('names the category, both countries and the agreements of a read abroad under a clause', () => {
    expect(sharingClauseOf(regulator(), 'INSPECTION_FINDINGS', 'BD')).toEqual({
      category: 'INSPECTION_FINDINGS',
      from: 'BD',
      to: 'NL',
      agreementIds: ['agr-bd-nl', 'agr-network'],
    });
  });

  it('is null for the regulator’s own country, a country sharing nothing, or another category', () => {
    expect(sharingClauseOf(regulator(), 'INSPECTION_FINDINGS', 'NL')).toBeNull();
    expect(sharingClauseOf(regulator(), 'INSPECTION_FINDINGS', 'KH')).toBeNull();
    expect(sharingClauseOf(regulator(), 'GRIEVANCE_CASES', 'BD')).toBeNull();
  });

  it('is null for every other role, whatever its principal says', () => {
    expect(sharingClauseOf(regulator({ role: 'BRAND' }), 'INSPECTION_FINDINGS', 'BD')).toBeNull();
    expect(sharingClauseOf(regulator({ role: 'ADMIN' }), 'INSPECTION_FINDINGS', 'BD')).toBeNull();
  });

  it('records the clause without agreements when the gateway named none', () => {
    expect(sharingClauseOf(regulator({ sharingAgreements: undefined }), 'INSPECTION_FINDINGS', 'MX')).toEqual({
      category: 'INSPECTION_FINDINGS',
      from: 'MX',
      to: 'NL',
      agreementIds: [],
    });
  });
});
