/**
 * The demo agreements: realistic in form (USMCA's Rapid Response Labor Mechanism, an Accord-style
 * brand agreement, inspectorate MoUs), fictional where they name demo organisations. Parties are
 * written as a country code or a demo organisation id; the first history entry is the draft.
 */
import {
  mechanismSteps,
  USMCA_RAPID_RESPONSE_STEPS,
  type AgreementMechanism,
} from '../../../../vocabulary/grievance-rules';
import type { AgreementKind, AgreementStatus, DataCategory, PartyRole, ProvisionKind } from '../domain/vocabulary';

export interface DemoAgreement {
  id: string;
  title: string;
  kind: AgreementKind;
  summary: string;
  parties: [party: string, role?: PartyRole][];
  conventions: string[];
  provisions: [kind: ProvisionKind, article?: string][];
  sharing: [category: DataCategory, recipients: string[]][];
  history: [status: AgreementStatus, on: string, note?: string][];
  expiresOn?: string;
  text?: [citation: string, url?: string];
  /** Seeded through the API's checks (`demoTerms`); the grievances seed files its demo cases under these rules. */
  mechanism?: AgreementMechanism;
}

const DECLARATION_1998 = ['C029', 'C087', 'C098', 'C100', 'C105', 'C111', 'C138', 'C182'];
const ILO_OFFICE = 'org-international-labour-cooperation-office';
const UNION_FEDERATION = 'org-global-industrial-workers-federation';
const { step, days, businessDays, months } = mechanismSteps;

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    id: 'agr-usmca-labour-chapter',
    title: 'United States–Mexico Facility-Specific Rapid Response Labor Mechanism (USMCA Annex 31-A)',
    kind: 'TRADE_AGREEMENT_LABOUR_CHAPTER',
    summary:
      'Labor chapter of the USMCA with its facility-specific mechanism: on a request for review about a denial of free association or collective bargaining rights at a covered facility, the respondent Party says within 10 days whether it will review and reports within 45; remediation is then agreed within 10 days and carried out in the period agreed.',
    parties: [
      ['US'],
      ['MX'],
      ['org-united-states-labor-standards-office', 'IMPLEMENTING_PARTNER'],
      ['org-mexico-federal-labour-inspectorate', 'IMPLEMENTING_PARTNER'],
    ],
    conventions: DECLARATION_1998,
    provisions: [
      ['LABOUR_RIGHTS_COMMITMENT', 'Art. 23.3'],
      ['TECHNICAL_ASSISTANCE', 'Art. 23.12'],
      ['DISPUTE_RESOLUTION', 'Chapter 31'],
      ['GRIEVANCE_MECHANISM', 'Annex 31-A'],
      ['INFORMATION_SHARING', 'Annex 31-A.4'],
    ],
    sharing: [
      ['GRIEVANCE_CASES', ['US']],
      ['INSPECTION_FINDINGS', ['US']],
      ['ENFORCEMENT_ACTIONS', ['US', 'MX']],
    ],
    history: [
      ['DRAFT', '2018-09-30'],
      ['SIGNED', '2018-11-30'],
      ['IN_FORCE', '2020-07-01'],
    ],
    expiresOn: '2036-07-01',
    text: [
      'USMCA Chapter 23 (Labor) and Annex 31-A',
      'https://ustr.gov/trade-agreements/free-trade-agreements/united-states-mexico-canada-agreement/agreement-between',
    ],
    mechanism: {
      name: 'USMCA_RAPID_RESPONSE',
      citation: 'USMCA Annex 31-A, Facility-Specific Rapid Response Labor Mechanism',
      secretariatOrganizationId: 'org-united-states-labor-standards-office',
      steps: USMCA_RAPID_RESPONSE_STEPS,
      retaliationSteps: null,
    },
  },
  {
    id: 'agr-bd-nl-inspection-mou',
    title: 'Bangladesh–Netherlands Memorandum of Understanding on Labour Inspection Cooperation',
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    summary:
      'The two labour inspectorates exchange inspection findings and grievance cases about garment factories supplying the Dutch market, run joint inspections and train inspectors together.',
    parties: [
      ['BD'],
      ['NL'],
      ['org-bangladesh-labour-inspectorate', 'IMPLEMENTING_PARTNER'],
      ['org-netherlands-labour-authority', 'IMPLEMENTING_PARTNER'],
    ],
    conventions: ['C081', 'C155', 'C187'],
    provisions: [
      ['INFORMATION_SHARING', 'Art. 4'],
      ['JOINT_INSPECTION', 'Art. 5'],
      ['CAPACITY_BUILDING', 'Art. 6'],
      ['TECHNICAL_ASSISTANCE', 'Art. 7'],
    ],
    sharing: [
      ['INSPECTION_FINDINGS', ['BD', 'NL']],
      ['GRIEVANCE_CASES', ['BD', 'NL']],
    ],
    history: [
      ['DRAFT', '2021-09-01'],
      ['SIGNED', '2022-03-15'],
      ['IN_FORCE', '2022-04-01'],
    ],
    expiresOn: '2027-04-01',
  },
  {
    id: 'agr-vn-de-inspection',
    title: 'Viet Nam–Germany Arrangement on Labour Inspection and Occupational Safety',
    kind: 'BILATERAL',
    summary:
      'Cooperation of the two inspectorates on occupational safety in footwear and electronics: exchange of inspection findings, joint inspections and technical assistance.',
    parties: [
      ['VN'],
      ['DE'],
      ['org-viet-nam-labour-inspectorate', 'IMPLEMENTING_PARTNER'],
      ['org-german-labour-inspectorate', 'IMPLEMENTING_PARTNER'],
    ],
    conventions: ['C081', 'C138', 'C155', 'C187'],
    provisions: [
      ['INFORMATION_SHARING', 'Art. 3'],
      ['JOINT_INSPECTION', 'Art. 4'],
      ['TECHNICAL_ASSISTANCE', 'Art. 5'],
    ],
    sharing: [
      ['INSPECTION_FINDINGS', ['VN', 'DE']],
      ['ENFORCEMENT_ACTIONS', ['DE']],
    ],
    history: [
      ['DRAFT', '2022-06-01'],
      ['SIGNED', '2023-02-10'],
      ['IN_FORCE', '2023-05-01'],
    ],
  },
  {
    id: 'agr-gfa-rheinwerk',
    title: 'Global Framework Agreement between Rheinwerk Apparel and the Global Industrial Workers Federation',
    kind: 'GLOBAL_FRAMEWORK_AGREEMENT',
    summary:
      'Rheinwerk Apparel commits its whole supply chain to the fundamental ILO conventions, discloses its supplier list to the federation and settles complaints jointly.',
    parties: [['org-rheinwerk-apparel'], [UNION_FEDERATION], [ILO_OFFICE, 'WITNESS']],
    conventions: [...DECLARATION_1998, 'C155'],
    provisions: [
      ['LABOUR_RIGHTS_COMMITMENT', 'Art. 2'],
      ['SUPPLY_CHAIN_DISCLOSURE', 'Art. 4'],
      ['WORKER_TRAINING', 'Art. 6'],
      ['GRIEVANCE_MECHANISM', 'Art. 8'],
      ['DISPUTE_RESOLUTION', 'Art. 9'],
    ],
    sharing: [
      ['SUPPLIER_REGISTRY', [UNION_FEDERATION]],
      ['GRIEVANCE_CASES', [UNION_FEDERATION, 'org-rheinwerk-apparel']],
    ],
    history: [
      ['DRAFT', '2018-10-01'],
      ['SIGNED', '2019-03-01'],
      ['IN_FORCE', '2019-03-01'],
    ],
    // The federation runs the joint complaints procedure: a missed step goes back to it.
    mechanism: {
      name: 'GFA_JOINT_COMPLAINTS',
      citation: 'Global Framework Agreement, Art. 8 (joint complaints procedure)',
      secretariatOrganizationId: UNION_FEDERATION,
      steps: [
        step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(14), { escalatesTo: 'SECRETARIAT', citation: 'Art. 8.2' }),
        step('RESPOND', 'RESPOND', days(60), {
          after: 'ACKNOWLEDGED',
          escalatesTo: 'SECRETARIAT',
          citation: 'Art. 8.3',
        }),
        step('JOINT_REVIEW', 'REVIEW', days(30), {
          after: 'ACKNOWLEDGED',
          escalatesTo: 'SECRETARIAT',
          citation: 'Art. 8.4: the joint review committee meets within 30 days',
        }),
      ],
      retaliationSteps: null,
    },
  },
  {
    id: 'agr-bd-safety-accord',
    title: 'Bangladesh Garment Safety Accord',
    kind: 'ENFORCEABLE_BRAND_AGREEMENT',
    summary:
      'Legally binding agreement between brands and trade unions on fire, electrical and structural safety in Bangladeshi garment factories: independent inspections, remediation, safety committees and a complaints mechanism, enforceable by arbitration.',
    parties: [
      ['org-van-dijk-denim'],
      ['org-maison-lumiere'],
      ['org-thames-field'],
      ['org-rheinwerk-apparel'],
      ['org-garment-workers-solidarity-federation'],
      [UNION_FEDERATION],
      [ILO_OFFICE, 'WITNESS'],
    ],
    conventions: ['C155', 'C187', 'C087', 'C098'],
    provisions: [
      ['INDEPENDENT_MONITORING', 'Art. 10'],
      ['REMEDIATION', 'Art. 13'],
      ['WORKER_TRAINING', 'Art. 17'],
      ['GRIEVANCE_MECHANISM', 'Art. 18'],
      ['SUPPLY_CHAIN_DISCLOSURE', 'Art. 21'],
      ['DISPUTE_RESOLUTION', 'Art. 3'],
    ],
    sharing: [
      ['INSPECTION_FINDINGS', ['org-garment-workers-solidarity-federation', UNION_FEDERATION]],
      ['SUPPLIER_REGISTRY', ['org-garment-workers-solidarity-federation', UNION_FEDERATION]],
    ],
    history: [
      ['DRAFT', '2021-06-01'],
      ['SIGNED', '2021-08-25'],
      ['IN_FORCE', '2021-09-01'],
    ],
    expiresOn: '2029-10-31',
    mechanism: {
      name: 'ACCORD_SAFETY_COMPLAINTS',
      citation: 'Bangladesh Garment Safety Accord, Art. 18 (safety and health complaints mechanism)',
      secretariatOrganizationId: ILO_OFFICE,
      steps: [step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7)), step('RESPOND', 'RESPOND', days(90))],
      retaliationSteps: null,
    },
  },
  {
    id: 'agr-asia-enforcement',
    title: 'Asian Garment Inspectorates Enforcement Information Exchange',
    kind: 'MULTILATERAL',
    summary:
      'Five inspectorates of garment-producing countries notify each other of enforcement actions against employers that operate in more than one of them.',
    parties: [
      ['BD'],
      ['VN'],
      ['KH'],
      ['ID'],
      ['PK'],
      [ILO_OFFICE, 'SECRETARIAT'],
      ['org-better-factories-programme', 'IMPLEMENTING_PARTNER'],
    ],
    conventions: ['C081', 'C029', 'C182'],
    provisions: [
      ['INFORMATION_SHARING', 'Art. 2'],
      ['CAPACITY_BUILDING', 'Art. 5'],
    ],
    sharing: [['ENFORCEMENT_ACTIONS', ['BD', 'VN', 'KH', 'ID', 'PK']]],
    history: [
      ['DRAFT', '2020-02-01'],
      ['SIGNED', '2021-06-17'],
      ['IN_FORCE', '2021-10-01'],
    ],
  },
  {
    id: 'agr-kh-fr-garment',
    title: 'Cambodia–France Garment Sector Labour Inspection Partnership',
    kind: 'BILATERAL',
    summary:
      'Exchange of inspection findings and grievance cases on garment exporters; suspended while concerns about the treatment of union leaders are reviewed.',
    parties: [['KH'], ['FR'], ['org-cambodia-labour-inspectorate', 'IMPLEMENTING_PARTNER']],
    conventions: ['C081', 'C087', 'C098'],
    provisions: [
      ['INFORMATION_SHARING', 'Art. 3'],
      ['CAPACITY_BUILDING', 'Art. 4'],
      ['GRIEVANCE_MECHANISM', 'Art. 6'],
    ],
    sharing: [
      ['INSPECTION_FINDINGS', ['KH', 'FR']],
      ['GRIEVANCE_CASES', ['FR']],
    ],
    history: [
      ['DRAFT', '2019-05-01'],
      ['SIGNED', '2019-11-20'],
      ['IN_FORCE', '2020-01-01'],
      ['SUSPENDED', '2024-08-12', 'Suspended pending a review of freedom-of-association concerns'],
    ],
    // Working days to take a complaint up, months to answer it: the units the partnership's text uses.
    mechanism: {
      name: 'KH_FR_GARMENT_COMPLAINTS',
      citation: 'Partnership arrangement, Art. 6 (complaints about garment exporters)',
      secretariatOrganizationId: 'org-cambodia-labour-inspectorate',
      steps: [
        step('ACKNOWLEDGE', 'ACKNOWLEDGE', businessDays(5), { citation: 'Art. 6.1: within five working days' }),
        step('RESPOND', 'RESPOND', months(2), {
          after: 'ACKNOWLEDGED',
          citation: 'Art. 6.2: findings within two months of taking the complaint up',
        }),
      ],
      retaliationSteps: null,
    },
  },
  {
    id: 'agr-in-gb-draft',
    title: 'India–United Kingdom Labour Standards Cooperation Arrangement',
    kind: 'BILATERAL',
    summary:
      'Under negotiation: exchange of inspection findings on textile exporters and technical assistance for state inspectorates.',
    parties: [['IN'], ['GB']],
    conventions: ['C081', 'C138', 'C182'],
    provisions: [['INFORMATION_SHARING'], ['TECHNICAL_ASSISTANCE']],
    sharing: [['INSPECTION_FINDINGS', ['IN', 'GB']]],
    history: [['DRAFT', '2025-05-06']],
  },
  {
    id: 'agr-tr-de-osh',
    title: 'Türkiye–Germany Technical Assistance Arrangement on Occupational Safety and Health',
    kind: 'BILATERAL',
    summary:
      'Signed, awaiting entry into force: German support for risk-based inspection planning in Turkish textile clusters.',
    parties: [['TR'], ['DE']],
    conventions: ['C155', 'C187'],
    provisions: [
      ['TECHNICAL_ASSISTANCE', 'Art. 2'],
      ['CAPACITY_BUILDING', 'Art. 3'],
      ['INFORMATION_SHARING', 'Art. 4'],
    ],
    sharing: [['INSPECTION_FINDINGS', ['DE']]],
    history: [
      ['DRAFT', '2024-09-01'],
      ['SIGNED', '2025-03-20'],
    ],
  },
  {
    id: 'agr-et-nl-parks',
    title: 'Ethiopia–Netherlands Industrial Parks Labour Standards Partnership 2019–2023',
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    summary:
      'Support for labour inspection in Ethiopian industrial parks, with exchange of findings; ran its four-year term.',
    parties: [['ET'], ['NL'], ['org-netherlands-labour-authority', 'IMPLEMENTING_PARTNER']],
    conventions: ['C081', 'C155'],
    provisions: [
      ['INFORMATION_SHARING', 'Art. 3'],
      ['CAPACITY_BUILDING', 'Art. 4'],
    ],
    sharing: [['INSPECTION_FINDINGS', ['ET', 'NL']]],
    history: [
      ['DRAFT', '2018-11-01'],
      ['SIGNED', '2019-01-15'],
      ['IN_FORCE', '2019-02-01'],
      ['EXPIRED', '2023-02-01'],
    ],
    expiresOn: '2023-02-01',
  },
];
