import { describe, expect, it } from 'vitest';
import { DEMO_AGREEMENTS } from './demo-agreements';
import { demoTerms } from './seed';

const byId = (id: string) => DEMO_AGREEMENTS.find((agreement) => agreement.id === id)!;

describe('demo agreements', () => {
  it('pass the same validation, lifecycle and signatory rules as agreements made through the API', () => {
    expect(DEMO_AGREEMENTS.length).toBeGreaterThanOrEqual(8);
    for (const demo of DEMO_AGREEMENTS) expect(() => demoTerms(demo), demo.id).not.toThrow();
    expect(new Set(DEMO_AGREEMENTS.map((demo) => demo.id)).size).toBe(DEMO_AGREEMENTS.length);
  });

  it('include a rapid-response mechanism reviewing in 30 days, then 10, then 45', () => {
    const rrm = demoTerms(byId('agr-usmca-labour-chapter'));
    expect(rrm.kind).toBe('TRADE_AGREEMENT_LABOUR_CHAPTER');
    expect(rrm.grievanceMechanism?.reviewSteps.map((step) => step.withinDays)).toEqual([30, 10, 45]);
  });

  it('include an Accord-style safety complaints mechanism acknowledging in 7 days and responding in 90', () => {
    const accord = demoTerms(byId('agr-bd-safety-accord'));
    expect(accord.kind).toBe('ENFORCEABLE_BRAND_AGREEMENT');
    expect(accord.grievanceMechanism).toMatchObject({ acknowledgeWithinDays: 7, respondWithinDays: 90 });
  });

  it('cover every lifecycle stage a user meets: draft, signed, in force, suspended and expired', () => {
    const finalStatuses = new Set(DEMO_AGREEMENTS.map((demo) => demo.history.at(-1)![0]));
    expect([...finalStatuses].sort()).toEqual(['DRAFT', 'EXPIRED', 'IN_FORCE', 'SIGNED', 'SUSPENDED']);
  });

  it('include a framework agreement between a brand and the union federation', () => {
    const gfa = demoTerms(byId('agr-gfa-rheinwerk'));
    expect(gfa.parties.filter((party) => party.role === 'SIGNATORY').map((party) => party.organizationId)).toEqual([
      'org-rheinwerk-apparel',
      'org-global-industrial-workers-federation',
    ]);
  });
});
