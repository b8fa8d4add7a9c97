import { describe, expect, it } from 'vitest';
import type { Principal } from '../../runtime/principal';
import type { Grievance } from '../../subgraphs/grievances/src/entities/grievance.entity';
import {
  canHandle,
  canReadComplainantIdentity,
  canReadInternalEvents,
  canSeeGrievance,
  ownsFacility,
  seenAsFacilityOwner,
  visibleGrievances,
  visibleGrievancesOfFacility,
} from '../../subgraphs/grievances/src/visibility';

/**
 * Evaluates the few operators the visibility condition uses, so the SQL rule and the predicate can be
 * compared; a malformed condition fails the test.
 */
function matches(filter: unknown, row: Grievance): boolean {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new Error(`not a condition: ${JSON.stringify(filter)}`);
  const values: Record<string, unknown> = { ...row };
  return Object.entries(filter).every(([key, condition]: [string, unknown]) => {
    if (key === '$or' || key === '$and') {
      if (!Array.isArray(condition)) throw new Error(`${key} needs a list of conditions: ${JSON.stringify(condition)}`);
      return key === '$or'
        ? condition.some((part) => matches(part, row))
        : condition.every((part) => matches(part, row));
    }
    if (condition && typeof condition === 'object' && '$in' in condition) {
      if (!Array.isArray(condition.$in)) throw new Error(`$in needs a list: ${JSON.stringify(condition)}`);
      return condition.$in.includes(values[key]);
    }
    return values[key] === condition;
  });
}

const principal = (
  role: Principal['role'],
  organizationId: string | null = null,
  extra: Partial<Principal> = {},
): Principal => ({
  subject: 'someone',
  role,
  organizationId,
  country: null,
  scopes: [],
  ...extra,
});

const grievance = (overrides: Partial<Grievance>) =>
  ({
    id: 'g1',
    facilityCountry: 'BD',
    handlerKind: 'FACILITY_OWNER',
    handlerOrganizationId: 'org-supplier',
    filingOrganizationId: 'org-union',
    facilityOwnerId: 'org-supplier',
    ...overrides,
  }) as Grievance;

const CASES = [
  grievance({}),
  grievance({ handlerKind: 'REGULATOR', handlerOrganizationId: null, facilityOwnerId: null }),
  grievance({
    handlerKind: 'MECHANISM',
    handlerOrganizationId: 'org-mechanism',
    facilityCountry: 'MX',
    filingOrganizationId: null,
  }),
];

const PRINCIPALS = [
  principal('PUBLIC'),
  principal('UNION', 'org-union'),
  principal('UNION', 'org-other-union'),
  principal('SUPPLIER', 'org-supplier'),
  principal('BRAND', 'org-brand'),
  principal('REGULATOR', 'org-bd', { country: 'BD' }),
  principal('REGULATOR', 'org-vn', { country: 'VN', sharedWith: { GRIEVANCE_CASES: ['MX'] } }),
  principal('CIVIL_SOCIETY', 'org-mechanism'),
  principal('ADMIN', null),
  principal('AUDITOR', 'org-audits'),
];

describe('grievance visibility', () => {
  it('says the same as a query condition and as a predicate over a loaded case', () => {
    for (const who of PRINCIPALS) {
      for (const row of CASES)
        expect([who.role, who.organizationId, row.id, matches(visibleGrievances(who), row)]).toEqual([
          who.role,
          who.organizationId,
          row.id,
          canSeeGrievance(who, row),
        ]);
    }
  });

  it('shows a regulator the cases of its jurisdiction and of countries sharing grievance cases with it', () => {
    expect(
      canSeeGrievance(
        principal('REGULATOR', 'org-vn', { country: 'VN', sharedWith: { GRIEVANCE_CASES: ['MX'] } }),
        CASES[2],
      ),
    ).toBe(true);
    expect(canSeeGrievance(principal('REGULATOR', 'org-vn', { country: 'VN' }), CASES[2])).toBe(false);
  });

  it('shows the public, auditors and administrators no case', () => {
    for (const who of [principal('PUBLIC'), principal('AUDITOR', 'org-audits'), principal('ADMIN')])
      expect(CASES.some((row) => canSeeGrievance(who, row))).toBe(false);
  });
});

describe('the cases of one facility (Facility.grievances)', () => {
  const facilityCases = [
    grievance({ id: 'named', facilityId: 'BD2022121ABCDEX' }),
    grievance({
      id: 'anonymous',
      facilityId: 'BD2022121ABCDEX',
      facilityOwnerId: null,
      handlerKind: 'REGULATOR',
      handlerOrganizationId: null,
      filingOrganizationId: null,
    }),
  ];

  it('belong to the owner only when the caller is a supplier of the owning organisation', () => {
    expect(ownsFacility(principal('SUPPLIER', 'org-supplier'), 'org-supplier')).toBe(true);
    expect(ownsFacility(principal('SUPPLIER', 'org-supplier'), 'org-other')).toBe(false);
    expect(ownsFacility(principal('SUPPLIER', 'org-supplier'), null)).toBe(false);
    expect(ownsFacility(principal('BRAND', 'org-supplier'), 'org-supplier')).toBe(false);
    expect(ownsFacility(principal('SUPPLIER', null), null)).toBe(false);
  });

  it('are all the owner’s, also those that do not record it, by the condition and by the field rule alike', () => {
    const owner = principal('SUPPLIER', 'org-supplier');
    const owned = new Set(['BD2022121ABCDEX']);
    for (const row of facilityCases) {
      expect([row.id, matches(visibleGrievancesOfFacility(owner, true), row)]).toEqual([row.id, true]);
      expect([row.id, canSeeGrievance(owner, row) || seenAsFacilityOwner(owner, row, owned)]).toEqual([row.id, true]);
      expect(canReadComplainantIdentity(owner, row)).toBe(false);
    }
    expect(seenAsFacilityOwner(owner, facilityCases[1], new Set())).toBe(false);
    expect(seenAsFacilityOwner(principal('BRAND', 'org-supplier'), facilityCases[1], owned)).toBe(false);
  });

  it('are for anyone else the usual visible ones', () => {
    for (const who of PRINCIPALS) {
      for (const row of facilityCases)
        expect(matches(visibleGrievancesOfFacility(who, false), row)).toBe(canSeeGrievance(who, row));
    }
  });
});

describe('the complainant identity', () => {
  it('is for the handler and the filing union, never for a supplier or a brand, even one handling the case', () => {
    expect(canReadComplainantIdentity(principal('UNION', 'org-union'), CASES[0])).toBe(true);
    expect(canReadComplainantIdentity(principal('SUPPLIER', 'org-supplier'), CASES[0])).toBe(false);
    expect(canReadComplainantIdentity(principal('BRAND', 'org-supplier'), CASES[0])).toBe(false);
    expect(canReadComplainantIdentity(principal('CIVIL_SOCIETY', 'org-mechanism'), CASES[2])).toBe(true);
  });

  it('is for the jurisdiction’s regulator only while the case is routed to it', () => {
    const bd = principal('REGULATOR', 'org-bd', { country: 'BD' });
    expect(canReadComplainantIdentity(bd, CASES[1])).toBe(true);
    expect(canReadComplainantIdentity(bd, CASES[0])).toBe(false);
    expect(canHandle(bd, CASES[0])).toBe(true);
  });
});

describe('internal timeline events', () => {
  it('are for the handler, the regulator and the filer, and not for the supplier the case is about', () => {
    const aboutSupplier = grievance({ handlerKind: 'REGULATOR', handlerOrganizationId: 'org-bd' });
    expect(canReadInternalEvents(principal('SUPPLIER', 'org-supplier'), aboutSupplier)).toBe(false);
    expect(canReadInternalEvents(principal('UNION', 'org-union'), aboutSupplier)).toBe(true);
    expect(canReadInternalEvents(principal('REGULATOR', 'org-bd', { country: 'BD' }), aboutSupplier)).toBe(true);
  });
});
