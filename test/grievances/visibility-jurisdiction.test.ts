import { describe, expect, it } from 'vitest';
import type { Principal } from '../../runtime/principal';
import type { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import {
  canReadCaseText,
  canReadTransfer,
  canSeeGrievance,
  mayLinkFacility,
  mayWriteHandlerSummary,
  visibleGrievances,
} from '../../subgraphs/grievances/src/visibility';

/**
 * The jurisdiction rules as predicates (field rules, mutations) and as the query condition: a
 * pending transfer shows the case to the receiving regulator in both; the complainant's words and
 * the tracking code are for the filer and those who handle the case, never the facility's owner.
 */

/** Evaluates the operators the visibility condition uses ($or, $in, equality) over a row. */
function matches(filter: unknown, row: Grievance): boolean {
  if (typeof filter !== 'object' || filter === null) throw new Error(`not a condition: ${JSON.stringify(filter)}`);
  return Object.entries(filter).every(([key, condition]: [string, unknown]) => {
    if (key === '$or') return (condition as unknown[]).some((part) => matches(part, row));
    if (key === '$and') return (condition as unknown[]).every((part) => matches(part, row));
    const value = (row as unknown as Record<string, unknown>)[key];
    if (condition && typeof condition === 'object' && '$in' in condition)
      return (condition.$in as unknown[]).includes(value);
    return value === condition;
  });
}

const principal = (
  role: Principal['role'],
  organizationId: string | null,
  country: string | null = null,
): Principal => ({
  subject: 'someone',
  role,
  organizationId,
  country,
  scopes: [],
});

const supplier = principal('SUPPLIER', 'org-owner');
const union = principal('UNION', 'org-union');
const brand = principal('BRAND', 'org-brand');
const regulatorBD = principal('REGULATOR', 'org-dife', 'BD');
const regulatorVN = principal('REGULATOR', 'org-molisa', 'VN');
const regulatorTH = principal('REGULATOR', 'org-dlpw', 'TH');
const admin = principal('ADMIN', null);

const grievance = (overrides: Partial<Grievance> = {}) =>
  ({
    id: 'g1',
    facilityId: 'BD2022121ABCDEX',
    facilityCountry: 'BD',
    facilityOwnerId: 'org-owner',
    handlerKind: 'FACILITY_OWNER',
    handlerOrganizationId: 'org-owner',
    filingOrganizationId: 'org-union',
    transferCountry: null,
    ...overrides,
  }) as Grievance;

const pending = grievance({ transferCountry: 'VN', transferFacilityId: 'VN2022121ABCDEX' });
const byBrand = grievance({ filingOrganizationId: 'org-brand', handlerKind: 'REGULATOR', handlerOrganizationId: null });

describe('a pending transfer', () => {
  it('shows the case to the receiving regulator, by the condition and the predicate alike', () => {
    for (const who of [supplier, union, brand, regulatorBD, regulatorVN, regulatorTH, admin])
      for (const row of [grievance(), pending])
        expect([who.role, who.country, matches(visibleGrievances(who), row)]).toEqual([
          who.role,
          who.country,
          canSeeGrievance(who, row),
        ]);
    expect(canSeeGrievance(regulatorVN, pending)).toBe(true);
    expect(canSeeGrievance(regulatorVN, grievance())).toBe(false);
    expect(canSeeGrievance(regulatorTH, pending)).toBe(false);
  });

  it('is read by the handler, both regulators and the filer, not by a regulator elsewhere', () => {
    for (const who of [supplier, union, regulatorBD, regulatorVN]) expect(canReadTransfer(who, pending)).toBe(true);
    expect(canReadTransfer(regulatorTH, pending)).toBe(false);
  });
});

describe('the complainant’s words and the tracking code', () => {
  it('are for the filer and those who handle the case, never the facility’s owner, even as handler', () => {
    expect(canReadCaseText(union, grievance())).toBe(true);
    expect(canReadCaseText(regulatorBD, grievance())).toBe(true);
    expect(canReadCaseText(supplier, grievance())).toBe(false);
    expect(canReadCaseText(regulatorVN, pending)).toBe(false);
    expect(canReadCaseText(brand, byBrand)).toBe(true);
    expect(canReadCaseText(brand, grievance())).toBe(false);
  });

  it('are summarised by the handler or the jurisdiction’s regulator, never the owner or a filer', () => {
    expect(mayWriteHandlerSummary(regulatorBD, grievance())).toBe(true);
    expect(mayWriteHandlerSummary(supplier, grievance())).toBe(false);
    expect(mayWriteHandlerSummary(union, grievance())).toBe(false);
    expect(mayWriteHandlerSummary(brand, byBrand)).toBe(false);
  });
});

describe('linking', () => {
  it('leaves the first link to the handler, and relinks and transfers to the jurisdiction’s regulator or ADMIN', () => {
    const named = grievance({ facilityId: null });
    expect(mayLinkFacility(supplier, named, 'FIRST_LINK')).toBe(true);
    expect(mayLinkFacility(supplier, grievance(), 'RELINK')).toBe(false);
    expect(mayLinkFacility(supplier, grievance(), 'TRANSFER')).toBe(false);
    expect(mayLinkFacility(regulatorBD, grievance(), 'TRANSFER')).toBe(true);
    expect(mayLinkFacility(regulatorVN, pending, 'RELINK')).toBe(false);
    expect(mayLinkFacility(admin, grievance(), 'TRANSFER')).toBe(true);
    expect(mayLinkFacility(union, named, 'FIRST_LINK')).toBe(false);
  });
});
