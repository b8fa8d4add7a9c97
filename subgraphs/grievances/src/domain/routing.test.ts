import { describe, expect, it } from 'vitest';
import { USMCA_RAPID_RESPONSE_STEPS, agreementRules } from '../../../../vocabulary/grievance-rules';
import { routeGrievance, rulesFor } from './routing';

const RRM = agreementRules('agr-usmca-labour-chapter', {
  name: 'USMCA_RAPID_RESPONSE',
  citation: 'USMCA Annex 31-A',
  secretariatOrganizationId: 'org-united-states-labor-standards-office',
  steps: USMCA_RAPID_RESPONSE_STEPS,
  retaliationSteps: null,
});

describe('routing a new grievance', () => {
  it("sends a case filed under an agreement's mechanism to its secretariat, on the mechanism's rules", () => {
    expect(routeGrievance(RRM, 'org-puebla-maquila-textil')).toEqual({
      handlerKind: 'MECHANISM',
      handlerOrganizationId: 'org-united-states-labor-standards-office',
    });
    expect(rulesFor(RRM, 'MX')).toBe(RRM);
  });

  it('sends a case without a mechanism to the facility owner the filer named', () => {
    expect(routeGrievance(rulesFor(null, 'BD'), 'org-dhaka-knit-composite')).toEqual({
      handlerKind: 'FACILITY_OWNER',
      handlerOrganizationId: 'org-dhaka-knit-composite',
    });
  });

  it("otherwise to the jurisdiction's labour inspectorate, on the statutory rules of the facility's country", () => {
    const rules = rulesFor(undefined, 'CN');
    expect(routeGrievance(rules, null)).toEqual({ handlerKind: 'REGULATOR', handlerOrganizationId: null });
    expect(rules).toMatchObject({ source: 'STATUTORY', country: 'CN', mechanism: 'CN_LABOUR_SECURITY_SUPERVISION' });
    expect(rulesFor(undefined, 'FJ')).toMatchObject({ source: 'GRAPH_DEFAULT', country: 'FJ' });
  });
});
