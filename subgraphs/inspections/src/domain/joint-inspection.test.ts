import { describe, expect, it } from 'vitest';
import type { CooperationFacts } from '../../../../runtime/principal';
import type { Conductor } from './conductor';
import {
  filedStatus,
  finalStatus,
  jointInspectionIssues,
  unsignedPartners,
  type JointInspectionFiling,
} from './joint-inspection';

const LEAD_BD: Conductor = { role: 'REGULATOR', organizationId: 'org-dife-bd', country: 'BD' };
const MOU = { status: 'IN_FORCE', boundCountries: ['BD', 'NL'], jointInspection: true };
const FACTS: CooperationFacts = {
  agreements: { 'agr-bd-nl': MOU },
  organizations: {
    'org-inspectorate-nl': { kind: 'REGULATOR', country: 'NL' },
    'org-inspectorate-bd-2': { kind: 'REGULATOR', country: 'BD' },
    'org-inspectorate-vn': { kind: 'REGULATOR', country: 'VN' },
    'org-brand': { kind: 'BRAND', country: 'NL' },
    'org-unclassified': { kind: null, country: null },
  },
};
const filing = (overrides: Partial<JointInspectionFiling> = {}): JointInspectionFiling => ({
  kind: 'JOINT_INSPECTION',
  agreementId: 'agr-bd-nl',
  jointInspectorIds: ['org-inspectorate-nl'],
  ...overrides,
});
const withAgreement = (changes: Partial<typeof MOU>): CooperationFacts => ({
  ...FACTS,
  agreements: { 'agr-bd-nl': { ...MOU, ...changes } },
});
const described = (issues: { path: string[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('jointInspectionIssues', () => {
  it('accepts the host inspectorate leading under an agreement in force with a foreign partner of a party', () => {
    expect(jointInspectionIssues(filing(), LEAD_BD, 'BD', FACTS)).toEqual([]);
  });

  it('does not apply to other kinds of inspection', () => {
    const audit = filing({ kind: 'SOCIAL_AUDIT', agreementId: null, jointInspectorIds: ['org-brand'] });
    expect(jointInspectionIssues(audit, LEAD_BD, 'BD', undefined)).toEqual([]);
  });

  it('refuses an agreement not in force (suspended, signed, terminated), naming the agreement', () => {
    for (const status of ['SUSPENDED', 'SIGNED', 'TERMINATED', 'EXPIRED'])
      expect(described(jointInspectionIssues(filing(), LEAD_BD, 'BD', withAgreement({ status })))).toEqual([
        `agreementId: agreement agr-bd-nl is ${status}; joint inspections are conducted under an agreement IN_FORCE`,
      ]);
  });

  it('refuses an agreement without a joint-inspection provision', () => {
    expect(
      described(jointInspectionIssues(filing(), LEAD_BD, 'BD', withAgreement({ jointInspection: false }))),
    ).toEqual(['agreementId: agreement agr-bd-nl has no joint-inspection provision']);
  });

  it('refuses an agreement that does not bind the host country', () => {
    const facts = withAgreement({ boundCountries: ['NL', 'VN'] });
    expect(described(jointInspectionIssues(filing(), LEAD_BD, 'BD', facts))).toEqual([
      "agreementId: agreement agr-bd-nl does not bind BD, the facility's country",
    ]);
  });

  it('refuses a foreign inspectorate leading inside the host country', () => {
    const leadNL: Conductor = { role: 'REGULATOR', organizationId: 'org-inspectorate-nl-2', country: 'NL' };
    expect(described(jointInspectionIssues(filing(), leadNL, 'BD', FACTS))).toEqual([
      "facilityId: is in BD: a joint inspection there is led by BD's inspectorate, not by yours (NL); it names yours as a partner",
    ]);
  });

  it('refuses a brand or an organisation of no known kind as a joint inspector, at its place in the list', () => {
    const named = filing({ jointInspectorIds: ['org-inspectorate-nl', 'org-brand', 'org-unclassified'] });
    expect(described(jointInspectionIssues(named, LEAD_BD, 'BD', FACTS))).toEqual([
      'jointInspectorIds.1: org-brand is a BRAND organisation, not an inspectorate (REGULATOR)',
      'jointInspectorIds.2: org-unclassified is not an organisation the registry classifies, not an inspectorate (REGULATOR)',
    ]);
  });

  it('refuses a partner from the host country, and one of a country the agreement does not bind', () => {
    const named = filing({ jointInspectorIds: ['org-inspectorate-bd-2', 'org-inspectorate-vn'] });
    expect(described(jointInspectionIssues(named, LEAD_BD, 'BD', FACTS))).toEqual([
      'jointInspectorIds.0: org-inspectorate-bd-2 is an inspectorate of BD, the host country; a partner is the inspectorate of another party to the agreement',
      'jointInspectorIds.1: org-inspectorate-vn is an inspectorate of VN, which the agreement does not bind',
    ]);
  });

  it('refuses what the gateway could not look up rather than accept it unchecked', () => {
    expect(described(jointInspectionIssues(filing(), LEAD_BD, 'BD', undefined))).toEqual([
      'agreementId: agreement agr-bd-nl could not be checked; try again shortly',
      'jointInspectorIds.0: organisation org-inspectorate-nl could not be checked; try again shortly',
    ]);
  });

  it('reports every problem at once', () => {
    const leadVN: Conductor = { role: 'REGULATOR', organizationId: 'org-inspectorate-vn', country: 'VN' };
    const facts = withAgreement({ status: 'SUSPENDED', jointInspection: false });
    expect(jointInspectionIssues(filing({ jointInspectorIds: ['org-brand'] }), leadVN, 'BD', facts)).toHaveLength(4);
  });
});

describe('the double signature', () => {
  it('files a joint inspection awaiting cosignature, every other kind final', () => {
    expect(filedStatus('JOINT_INSPECTION')).toBe('AWAITING_COSIGNATURE');
    for (const kind of ['LABOUR_INSPECTORATE', 'SOCIAL_AUDIT', 'FOLLOW_UP'] as const)
      expect(filedStatus(kind)).toBe('SUBMITTED');
  });

  it('is final once every partner has signed, whoever signed besides', () => {
    expect(unsignedPartners(['org-nl', 'org-de'], ['org-bd', 'org-nl'])).toEqual(['org-de']);
    expect(unsignedPartners(['org-nl', 'org-de'], ['org-bd', 'org-de', 'org-nl'])).toEqual([]);
  });

  it('becomes SUBMITTED, or DISPUTED when a finding was disputed while it waited', () => {
    expect(finalStatus(false)).toBe('SUBMITTED');
    expect(finalStatus(true)).toBe('DISPUTED');
  });
});
