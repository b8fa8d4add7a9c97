import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RAPID_RESPONSE_RULES } from './deadlines';
import { routeGrievance, rulesFor } from './routing';

describe('routing a new grievance', () => {
  it('sends a case filed under a known mechanism to its secretariat, on the mechanism rules', () => {
    expect(
      routeGrievance({ agreementId: 'agr-usmca-labour-chapter', facilityOwnerId: 'org-puebla-maquila-textil' }),
    ).toEqual({
      handlerKind: 'MECHANISM',
      handlerOrganizationId: 'org-united-states-labor-standards-office',
    });
    expect(rulesFor('agr-usmca-labour-chapter')).toBe(RAPID_RESPONSE_RULES);
    expect(rulesFor('agr-bd-safety-accord')).toMatchObject({ acknowledgeWithinDays: 7, respondWithinDays: 90 });
  });

  it('sends a case without a mechanism to the facility owner the filer named', () => {
    expect(routeGrievance({ facilityOwnerId: 'org-dhaka-knit-composite' })).toEqual({
      handlerKind: 'FACILITY_OWNER',
      handlerOrganizationId: 'org-dhaka-knit-composite',
    });
  });

  it("otherwise to the jurisdiction's labour inspectorate, on the default rules even for an unknown agreement", () => {
    expect(routeGrievance({ agreementId: 'agr-unknown' })).toEqual({
      handlerKind: 'REGULATOR',
      handlerOrganizationId: null,
    });
    expect(rulesFor('agr-unknown')).toBe(DEFAULT_RULES);
  });
});
