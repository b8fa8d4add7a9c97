import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../../runtime/principal';
import { checkPlacement, mayConfirm, placementIssues, sideOf, type PlacedLink } from './supply-chain-links';

const principal = (role: Principal['role'], organizationId: string | null = null): Principal => ({
  subject: 'someone',
  role,
  organizationId,
  country: null,
  scopes: [],
});
const parties = { brandId: 'org-brand', facilityOwnerId: 'org-supplier' };

describe('sides of a supply-chain link', () => {
  it('names the brand, the owning supplier and the registry steward, and nobody else', () => {
    expect(sideOf(principal('BRAND', 'org-brand'), parties)).toBe('BRAND');
    expect(sideOf(principal('SUPPLIER', 'org-supplier'), parties)).toBe('SUPPLIER');
    expect(sideOf(principal('ADMIN'), parties)).toBe('REGISTRY');
    expect(sideOf(principal('BRAND', 'org-other'), parties)).toBeNull();
    expect(sideOf(principal('SUPPLIER', 'org-brand'), parties)).toBeNull();
    expect(sideOf(principal('REGULATOR', 'org-supplier'), parties)).toBeNull();
    expect(sideOf(principal('SUPPLIER', null), { brandId: 'org-brand', facilityOwnerId: null })).toBeNull();
  });

  it('lets the other side or the steward confirm, never the proposer', () => {
    expect(mayConfirm('SUPPLIER', 'BRAND')).toBe(true);
    expect(mayConfirm('BRAND', 'BRAND')).toBe(false);
    expect(mayConfirm('BRAND', 'REGISTRY')).toBe(true);
    expect(mayConfirm('REGISTRY', 'REGISTRY')).toBe(true);
  });
});

describe('placing a facility in the tiers', () => {
  const chain = new Map<string, PlacedLink>([
    ['A', { tier: 1, suppliesFacilityId: null }],
    ['B', { tier: 2, suppliesFacilityId: 'A' }],
    ['C', { tier: 3, suppliesFacilityId: 'B' }],
  ]);

  it('refuses malformed tiers before anything is read', () => {
    expect(placementIssues('X', 0, null)).toHaveLength(1);
    expect(placementIssues('X', 6, 'A')).toHaveLength(1);
    expect(placementIssues('X', 1, 'A')[0].field).toBe('suppliesFacilityId');
    expect(placementIssues('X', 2, null)[0].field).toBe('suppliesFacilityId');
    expect(placementIssues('X', 2, 'X')[0].message).toMatch(/itself/);
    expect(placementIssues('X', 2, 'A')).toEqual([]);
  });

  it('needs the facility supplied one tier closer in the active chain', () => {
    expect(checkPlacement('X', 2, 'A', chain)).toBeNull();
    expect(checkPlacement('X', 3, 'A', chain)?.message).toMatch(/tier-1/);
    expect(checkPlacement('X', 2, 'Z', chain)?.message).toMatch(/not in the brand's active supply chain/);
  });

  it('refuses a facility supplying one of its own suppliers', () => {
    expect(checkPlacement('A', 4, 'C', chain)?.message).toMatch(/cycle/);
    expect(checkPlacement('B', 4, 'C', chain)?.message).toMatch(/cycle/);
  });
});
