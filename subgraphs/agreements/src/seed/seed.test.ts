import { describe, expect, it } from 'vitest';
import { USMCA_RAPID_RESPONSE_STEPS } from '../../../../vocabulary/grievance-rules';
import { DEMO_AGREEMENTS } from './demo-agreements';
import { demoTerms } from './seed';

const byId = (id: string) => DEMO_AGREEMENTS.find((agreement) => agreement.id === id)!;

describe('demo agreements', () => {
  it('pass the same validation, lifecycle and signatory rules as agreements made through the API', () => {
    expect(DEMO_AGREEMENTS.length).toBeGreaterThanOrEqual(8);
    for (const demo of DEMO_AGREEMENTS) expect(() => demoTerms(demo), demo.id).not.toThrow();
    expect(new Set(DEMO_AGREEMENTS.map((demo) => demo.id)).size).toBe(DEMO_AGREEMENTS.length);
  });

  it('include the USMCA rapid-response mechanism with the steps of Annex 31-A, run by the US labor office', () => {
    const rrm = demoTerms(byId('agr-usmca-labour-chapter'));
    expect(rrm.kind).toBe('TRADE_AGREEMENT_LABOUR_CHAPTER');
    expect(rrm.grievanceMechanism).toMatchObject({
      name: 'USMCA_RAPID_RESPONSE',
      citation: expect.stringContaining('Annex 31-A'),
      secretariatOrganizationId: 'org-united-states-labor-standards-office',
      steps: USMCA_RAPID_RESPONSE_STEPS,
    });
  });

  it('include an Accord-style safety complaints mechanism acknowledging in 7 days and responding in 90', () => {
    const accord = demoTerms(byId('agr-bd-safety-accord'));
    expect(accord.kind).toBe('ENFORCEABLE_BRAND_AGREEMENT');
    expect(accord.grievanceMechanism?.secretariatOrganizationId).toBe('org-international-labour-cooperation-office');
    expect(accord.grievanceMechanism?.steps.map((step) => [step.kind, step.within, step.after])).toEqual([
      ['ACKNOWLEDGE', { count: 7, unit: 'CALENDAR_DAYS' }, 'FILED'],
      ['RESPOND', { count: 90, unit: 'CALENDAR_DAYS' }, 'FILED'],
    ]);
  });

  it("let the framework agreement's union federation run its mechanism and take over missed steps", () => {
    const gfa = demoTerms(byId('agr-gfa-rheinwerk')).grievanceMechanism!;
    expect(gfa.secretariatOrganizationId).toBe('org-global-industrial-workers-federation');
    expect(gfa.steps.map((step) => [step.name, step.within.count, step.after, step.escalatesTo])).toEqual([
      ['ACKNOWLEDGE', 14, 'FILED', 'SECRETARIAT'],
      ['RESPOND', 60, 'ACKNOWLEDGED', 'SECRETARIAT'],
      ['JOINT_REVIEW', 30, 'ACKNOWLEDGED', 'SECRETARIAT'],
    ]);
  });

  it('show periods in every unit a mechanism may use', () => {
    const units = DEMO_AGREEMENTS.flatMap((demo) => demo.mechanism?.steps.map((step) => step.within.unit) ?? []);
    expect(new Set(units)).toEqual(new Set(['CALENDAR_DAYS', 'BUSINESS_DAYS', 'CALENDAR_MONTHS']));
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
