import type { ComplianceArea, Severity } from '../__generated__/resolvers-types';

/** How likely each severity is for a compliance point, as [severity, weight] pairs. */
export type SeverityWeights = [Severity, number][];

/**
 * Child and forced labour are zero-tolerance issues: a finding of either is always of the highest
 * severity, whatever the compliance point.
 */
const ZERO_TOLERANCE_ONLY: SeverityWeights = [['ZERO_TOLERANCE', 1]];
/** Danger to life, or a right denied outright: major, now and then zero tolerance. */
const GRAVE: SeverityWeights = [
  ['ZERO_TOLERANCE', 15],
  ['MAJOR', 75],
  ['MINOR', 10],
];
/** A right denied to a whole group of workers (minimum wage, rest, equal treatment): mostly major. */
const SERIOUS: SeverityWeights = [
  ['MAJOR', 75],
  ['MINOR', 25],
];
/** A breach of the law in daily practice: mostly minor, major when many are affected. */
const BREACH: SeverityWeights = [
  ['MAJOR', 25],
  ['MINOR', 60],
  ['OBSERVATION', 15],
];
/** Missing paperwork or a gap in a procedure: minor, often only an observation. */
const GAP: SeverityWeights = [
  ['MINOR', 40],
  ['OBSERVATION', 60],
];

interface CompliancePoint {
  compliancePoint: string;
  description: string;
  severities: SeverityWeights;
}
const point = (compliancePoint: string, description: string, severities: SeverityWeights): CompliancePoint => ({
  compliancePoint,
  description,
  severities,
});

/** Realistic wording for demo findings, by area (after Better Work's compliance points). */
export const FINDING_TEMPLATES: Record<ComplianceArea, { conventions: string[]; points: CompliancePoint[] }> = {
  CHILD_LABOUR: {
    conventions: ['C138', 'C182'],
    points: [
      point(
        'Age verification',
        'Two helpers in the sewing section looked under 15 and could not show proof of age; the employer keeps no age register.',
        ZERO_TOLERANCE_ONLY,
      ),
      point(
        'Hazardous work by young workers',
        'Workers aged 16–17 were assigned to the chemical washing area.',
        ZERO_TOLERANCE_ONLY,
      ),
    ],
  },
  DISCRIMINATION: {
    conventions: ['C100', 'C111'],
    points: [
      point('Pregnancy testing', 'Job applicants are asked to take a pregnancy test before hiring.', SERIOUS),
      point(
        'Equal pay',
        'Female machine operators are paid a lower piece rate than male operators for the same garments.',
        BREACH,
      ),
      point(
        'Harassment procedure',
        'Workers interviewed knew of no way to report harassment; the policy is posted in English only.',
        GAP,
      ),
    ],
  },
  FORCED_LABOUR: {
    conventions: ['C029', 'P029', 'C105'],
    points: [
      point(
        'Retention of identity documents',
        'The employer holds migrant workers’ passports in the HR office.',
        ZERO_TOLERANCE_ONLY,
      ),
      point(
        'Recruitment fees',
        'Migrant workers paid recruitment fees of about three months’ wages to agents.',
        ZERO_TOLERANCE_ONLY,
      ),
      point(
        'Freedom to resign',
        'Workers who resign without three months’ notice forfeit their last month’s wages.',
        ZERO_TOLERANCE_ONLY,
      ),
    ],
  },
  FREEDOM_OF_ASSOCIATION: {
    conventions: ['C087', 'C098'],
    points: [
      point(
        'Interference with unions',
        'Management attended union meetings and recorded the names of participants.',
        BREACH,
      ),
      point(
        'Anti-union dismissal',
        'Three elected worker representatives were dismissed within a month of registering the union.',
        GRAVE,
      ),
      point(
        'Collective bargaining',
        'The collective agreement expired eight months ago and no bargaining meeting has been scheduled.',
        GAP,
      ),
    ],
  },
  OCCUPATIONAL_SAFETY_AND_HEALTH: {
    conventions: ['C155', 'C187'],
    points: [
      point('Emergency exits', 'The emergency exit on the third floor was padlocked during working hours.', GRAVE),
      point('Machine guarding', 'Needle guards were missing on a third of the sewing machines inspected.', BREACH),
      point(
        'Chemical safety',
        'Chemicals were stored without safety data sheets and workers had no gloves or masks.',
        BREACH,
      ),
      point(
        'First aid',
        'First-aid boxes on two floors were incomplete and the night shift has no trained first-aider.',
        GAP,
      ),
      point('Housekeeping', 'Cartons were stacked in front of the electrical panel in the cutting section.', GAP),
    ],
  },
  COMPENSATION: {
    conventions: [],
    points: [
      point('Minimum wage', 'Helpers in the finishing section are paid below the legal minimum wage.', SERIOUS),
      point('Overtime premium', 'Overtime hours are paid at the normal rate instead of the legal premium.', BREACH),
      point('Payslips', 'Payslips do not show overtime hours or the reasons for deductions.', GAP),
    ],
  },
  CONTRACTS_AND_HR: {
    conventions: [],
    points: [
      point('Written contracts', 'Workers hired in the last six months have no written employment contract.', BREACH),
      point(
        'Disciplinary deductions',
        'Fines for lateness are deducted from wages without a written procedure.',
        BREACH,
      ),
      point(
        'Personnel files',
        'Personnel files of some workers lack a copy of their identity card and their date of hire.',
        GAP,
      ),
    ],
  },
  WORKING_TIME: {
    conventions: [],
    points: [
      point('Excessive overtime', 'Time records show 72-hour weeks during the peak season.', SERIOUS),
      point('Weekly rest day', 'Workers did not receive a weekly rest day for four consecutive weeks.', BREACH),
      point('Time records', 'Time cards of the packing section were missing for one month of the sample.', GAP),
    ],
  },
};

/** How often each area shows up in real audit data, roughly: child and forced labour are rare. */
export const AREA_WEIGHTS: [ComplianceArea, number][] = [
  ['OCCUPATIONAL_SAFETY_AND_HEALTH', 30],
  ['WORKING_TIME', 18],
  ['COMPENSATION', 16],
  ['CONTRACTS_AND_HR', 12],
  ['FREEDOM_OF_ASSOCIATION', 8],
  ['DISCRIMINATION', 7],
  ['FORCED_LABOUR', 3],
  ['CHILD_LABOUR', 2],
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
