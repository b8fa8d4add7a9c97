import type { ComplianceArea, Severity } from '../__generated__/resolvers-types';

/** Realistic wording for demo findings, by area (after Better Work's compliance points). */
export const FINDING_TEMPLATES: Record<ComplianceArea, { conventions: string[]; points: [string, string][] }> = {
  CHILD_LABOUR: {
    conventions: ['C138', 'C182'],
    points: [
      [
        'Age verification',
        'Two workers in the sewing section could not show proof of age; the employer keeps no age register.',
      ],
      ['Hazardous work by young workers', 'Workers aged 16–17 were assigned to the chemical washing area.'],
    ],
  },
  DISCRIMINATION: {
    conventions: ['C100', 'C111'],
    points: [
      ['Pregnancy testing', 'Job applicants are asked to take a pregnancy test before hiring.'],
      ['Equal pay', 'Female machine operators are paid a lower piece rate than male operators for the same garments.'],
    ],
  },
  FORCED_LABOUR: {
    conventions: ['C029', 'P029', 'C105'],
    points: [
      ['Retention of identity documents', 'The employer holds migrant workers’ passports in the HR office.'],
      ['Recruitment fees', 'Migrant workers paid recruitment fees of about three months’ wages to agents.'],
    ],
  },
  FREEDOM_OF_ASSOCIATION: {
    conventions: ['C087', 'C098'],
    points: [
      ['Interference with unions', 'Management attended union meetings and recorded the names of participants.'],
      [
        'Anti-union dismissal',
        'Three elected worker representatives were dismissed within a month of registering the union.',
      ],
    ],
  },
  OCCUPATIONAL_SAFETY_AND_HEALTH: {
    conventions: ['C155', 'C187'],
    points: [
      ['Emergency exits', 'The emergency exit on the third floor was padlocked during working hours.'],
      ['Machine guarding', 'Needle guards were missing on a third of the sewing machines inspected.'],
      ['Chemical safety', 'Chemicals were stored without safety data sheets and workers had no gloves or masks.'],
    ],
  },
  COMPENSATION: {
    conventions: [],
    points: [
      ['Minimum wage', 'Helpers in the finishing section are paid below the legal minimum wage.'],
      ['Overtime premium', 'Overtime hours are paid at the normal rate instead of the legal premium.'],
    ],
  },
  CONTRACTS_AND_HR: {
    conventions: [],
    points: [
      ['Written contracts', 'Workers hired in the last six months have no written employment contract.'],
      ['Disciplinary deductions', 'Fines for lateness are deducted from wages without a written procedure.'],
    ],
  },
  WORKING_TIME: {
    conventions: [],
    points: [
      ['Excessive overtime', 'Time records show 72-hour weeks during the peak season.'],
      ['Weekly rest day', 'Workers did not receive a weekly rest day for four consecutive weeks.'],
    ],
  },
};

/** How often each area and severity shows up in real audit data, roughly. */
export const AREA_WEIGHTS: [ComplianceArea, number][] = [
  ['OCCUPATIONAL_SAFETY_AND_HEALTH', 30],
  ['WORKING_TIME', 18],
  ['COMPENSATION', 16],
  ['CONTRACTS_AND_HR', 12],
  ['FREEDOM_OF_ASSOCIATION', 8],
  ['DISCRIMINATION', 7],
  ['FORCED_LABOUR', 5],
  ['CHILD_LABOUR', 4],
];
export const SEVERITY_WEIGHTS: [Severity, number][] = [
  ['ZERO_TOLERANCE', 4],
  ['MAJOR', 26],
  ['MINOR', 44],
  ['OBSERVATION', 26],
];

export const CORRECTIVE_ACTIONS: Record<ComplianceArea, [string, string]> = {
  CHILD_LABOUR: [
    'Introduce documented age verification at hiring and remediate affected workers through a school programme',
    'No age check at recruitment',
  ],
  DISCRIMINATION: [
    'Stop pregnancy testing and align piece rates; train HR staff',
    'Hiring practice copied from a labour agent',
  ],
  FORCED_LABOUR: [
    'Return all identity documents and reimburse recruitment fees',
    'Reliance on unlicensed recruitment agents',
  ],
  FREEDOM_OF_ASSOCIATION: [
    'Reinstate dismissed representatives and publish a non-interference policy',
    'Management hostility to the new union',
  ],
  OCCUPATIONAL_SAFETY_AND_HEALTH: [
    'Remove padlocks, fit guards and train the safety committee',
    'No safety officer; theft concerns',
  ],
  COMPENSATION: [
    'Pay arrears and correct the payroll configuration',
    'Payroll not updated after the minimum wage revision',
  ],
  CONTRACTS_AND_HR: ['Issue written contracts and a written disciplinary procedure', 'HR function understaffed'],
  WORKING_TIME: ['Cap overtime and plan production with buyers', 'Late order changes from buyers'],
};

export const DISPUTE_REASONS = [
  'The exit was locked only during a fire drill; the drill log shows the time.',
  'The workers concerned are employed by a contractor that is not part of this facility.',
  'The wage records for the period were submitted after the visit and show payment at the legal rate.',
];

export const OWNERS = ['HR manager', 'Compliance officer', 'Factory manager', 'Safety committee', 'Payroll officer'];
