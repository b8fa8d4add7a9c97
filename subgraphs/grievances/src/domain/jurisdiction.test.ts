import { describe, expect, it } from 'vitest';
import { handlerAfterLink, handlerSummaryIssues, linkKind } from './jurisdiction';

const regulatorBD = { role: 'REGULATOR', organizationId: 'org-dife', country: 'BD' };
const regulatorVN = { role: 'REGULATOR', organizationId: 'org-molisa', country: 'VN' };
const admin = { role: 'ADMIN', organizationId: null, country: null };

describe('the kind of a link', () => {
  it('is a first link for a case filed by name, a relink for a linked case, and a transfer across a border', () => {
    expect(linkKind({ facilityId: null, facilityCountry: 'BD' }, 'BD')).toBe('FIRST_LINK');
    expect(linkKind({ facilityId: 'BD2022121ABCDEX', facilityCountry: 'BD' }, 'BD')).toBe('RELINK');
    expect(linkKind({ facilityId: 'BD2022121ABCDEX', facilityCountry: 'BD' }, 'VN')).toBe('TRANSFER');
    // A case filed by name in one country and matched to a facility in another moves country too.
    expect(linkKind({ facilityId: null, facilityCountry: 'BD' }, 'VN')).toBe('TRANSFER');
  });
});

describe('the handler after a link', () => {
  const ownerCase = {
    handlerKind: 'FACILITY_OWNER' as const,
    handlerOrganizationId: 'org-owner',
    facilityCountry: 'BD',
  };

  it('stays the facility owner only while it owns the facility the case is about', () => {
    expect(handlerAfterLink(ownerCase, { country: 'BD', ownerId: 'org-owner' }, regulatorBD)).toEqual({
      handlerKind: 'FACILITY_OWNER',
      handlerOrganizationId: 'org-owner',
    });
    expect(handlerAfterLink(ownerCase, { country: 'BD', ownerId: 'org-other' }, regulatorBD)).toEqual({
      handlerKind: 'REGULATOR',
      handlerOrganizationId: 'org-dife',
    });
    // An administrator's link leaves the case for an inspector of the jurisdiction to take on.
    expect(handlerAfterLink(ownerCase, { country: 'BD', ownerId: null }, admin)).toEqual({
      handlerKind: 'REGULATOR',
      handlerOrganizationId: null,
    });
  });

  it('passes an inspectorate’s case to the inspectorate of the new country, and keeps a mechanism’s', () => {
    const inspectorate = {
      handlerKind: 'REGULATOR' as const,
      handlerOrganizationId: 'org-dife',
      facilityCountry: 'BD',
    };
    expect(handlerAfterLink(inspectorate, { country: 'BD', ownerId: 'org-x' }, regulatorBD)).toEqual({
      handlerKind: 'REGULATOR',
      handlerOrganizationId: 'org-dife',
    });
    expect(handlerAfterLink(inspectorate, { country: 'VN', ownerId: 'org-x' }, regulatorVN)).toEqual({
      handlerKind: 'REGULATOR',
      handlerOrganizationId: 'org-molisa',
    });
    // The requesting side never keeps a case that moved abroad.
    expect(handlerAfterLink(inspectorate, { country: 'VN', ownerId: 'org-x' }, regulatorBD)).toEqual({
      handlerKind: 'REGULATOR',
      handlerOrganizationId: null,
    });
    const mechanism = { handlerKind: 'MECHANISM' as const, handlerOrganizationId: 'org-accord', facilityCountry: 'BD' };
    expect(handlerAfterLink(mechanism, { country: 'VN', ownerId: 'org-x' }, regulatorVN)).toEqual({
      handlerKind: 'MECHANISM',
      handlerOrganizationId: 'org-accord',
    });
  });
});

describe('the handler’s summary', () => {
  it('must not be blank nor longer than 2,000 characters', () => {
    expect(handlerSummaryIssues('Exit locked during night shifts')).toEqual([]);
    expect(handlerSummaryIssues(' \n ')).toEqual([{ path: ['summary'], message: 'must not be blank' }]);
    expect(handlerSummaryIssues('é'.repeat(2000))).toEqual([]);
    expect(handlerSummaryIssues('x'.repeat(2001))).toEqual([
      { path: ['summary'], message: 'summary must be at most 2,000 characters (it has 2,001)' },
    ]);
  });
});
