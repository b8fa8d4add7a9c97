import type { AuditScheme, ComplianceArea, Severity } from '../__generated__/resolvers-types';

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

/**
 * What a point cites: the ILO conventions it rests on, and its code in each audit scheme
 * (Better Work, SMETA, amfori BSCI), as a social audit under that scheme files it.
 */
interface Citation {
  conventions: string[];
  codes: Record<AuditScheme, string>;
}

interface CompliancePoint extends Citation {
  compliancePoint: string;
  description: string;
  severities: SeverityWeights;
}
const point = (
  compliancePoint: string,
  description: string,
  severities: SeverityWeights,
  citation: Citation,
): CompliancePoint => ({ compliancePoint, description, severities, ...citation });

const cites = (conventions: string[], BETTER_WORK: string, SMETA: string, AMFORI_BSCI: string): Citation => ({
  conventions,
  codes: { BETTER_WORK, SMETA, AMFORI_BSCI },
});

/** Realistic wording for demo findings, by area (after Better Work's compliance points). */
export const FINDING_TEMPLATES: Record<ComplianceArea, { points: CompliancePoint[] }> = {
  CHILD_LABOUR: {
    points: [
      point(
        'Age verification',
        'Two helpers in the sewing section looked under 15 and could not show proof of age; the employer keeps no age register.',
        ZERO_TOLERANCE_ONLY,
        cites(['C138'], 'CL.1', '4', 'PA8'),
      ),
      point(
        'Hazardous work by young workers',
        'Workers aged 16–17 were assigned to the chemical washing area.',
        ZERO_TOLERANCE_ONLY,
        cites(['C182', 'C138'], 'CL.3', '4', 'PA9'),
      ),
    ],
  },
  DISCRIMINATION: {
    points: [
      point(
        'Pregnancy testing',
        'Job applicants are asked to take a pregnancy test before hiring.',
        SERIOUS,
        cites(['C111', 'C183'], 'DISC.3', '7', 'PA4'),
      ),
      point(
        'Equal pay',
        'Female machine operators are paid a lower piece rate than male operators for the same garments.',
        BREACH,
        cites(['C100'], 'DISC.3', '7', 'PA4'),
      ),
      point(
        'Harassment procedure',
        'Workers interviewed knew of no way to report harassment; the policy is posted in English only.',
        GAP,
        cites(['C190'], 'DISC.3', '7', 'PA4'),
      ),
    ],
  },
  FORCED_LABOUR: {
    points: [
      point(
        'Retention of identity documents',
        'The employer holds migrant workers’ passports in the HR office.',
        ZERO_TOLERANCE_ONLY,
        cites(['C029', 'P029'], 'FL.2', '1', 'PA11'),
      ),
      point(
        'Recruitment fees',
        'Migrant workers paid recruitment fees of about three months’ wages to agents.',
        ZERO_TOLERANCE_ONLY,
        cites(['C029', 'P029', 'C181'], 'FL.1', '1', 'PA11'),
      ),
      point(
        'Freedom to resign',
        'Workers who resign without three months’ notice forfeit their last month’s wages.',
        ZERO_TOLERANCE_ONLY,
        cites(['C029'], 'FL.2', '1', 'PA11'),
      ),
    ],
  },
  FREEDOM_OF_ASSOCIATION: {
    points: [
      point(
        'Interference with unions',
        'Management attended union meetings and recorded the names of participants.',
        BREACH,
        cites(['C098'], 'FOA.3', '2', 'PA3'),
      ),
      point(
        'Anti-union dismissal',
        'Three elected worker representatives were dismissed within a month of registering the union.',
        GRAVE,
        cites(['C098', 'C135'], 'FOA.3', '2', 'PA3'),
      ),
      point(
        'Collective bargaining',
        'The collective agreement expired eight months ago and no bargaining meeting has been scheduled.',
        GAP,
        cites(['C098', 'C154'], 'FOA.4', '2', 'PA3'),
      ),
    ],
  },
  OCCUPATIONAL_SAFETY_AND_HEALTH: {
    points: [
      point(
        'Emergency exits',
        'The emergency exit on the third floor was padlocked during working hours.',
        GRAVE,
        cites(['C155'], 'OSH.2', '3', 'PA7'),
      ),
      point(
        'Machine guarding',
        'Needle guards were missing on a third of the sewing machines inspected.',
        BREACH,
        cites(['C155'], 'OSH.4', '3', 'PA7'),
      ),
      point(
        'Chemical safety',
        'Chemicals were stored without safety data sheets and workers had no gloves or masks.',
        BREACH,
        cites(['C155', 'C170'], 'OSH.1', '3', 'PA7'),
      ),
      point(
        'First aid',
        'First-aid boxes on two floors were incomplete and the night shift has no trained first-aider.',
        GAP,
        cites(['C155', 'C161'], 'OSH.7', '3', 'PA7'),
      ),
      point(
        'Housekeeping',
        'Cartons were stacked in front of the electrical panel in the cutting section.',
        GAP,
        cites(['C155'], 'OSH.5', '3', 'PA7'),
      ),
    ],
  },
  COMPENSATION: {
    points: [
      point(
        'Minimum wage',
        'Helpers in the finishing section are paid below the legal minimum wage.',
        SERIOUS,
        cites(['C131', 'C095'], 'COMP.1', '5', 'PA5'),
      ),
      point(
        'Overtime premium',
        'Overtime hours are paid at the normal rate instead of the legal premium.',
        BREACH,
        cites(['C001', 'C095'], 'COMP.2', '5', 'PA5'),
      ),
      point(
        'Payslips',
        'Payslips do not show overtime hours or the reasons for deductions.',
        GAP,
        cites(['C095'], 'COMP.4', '5', 'PA5'),
      ),
    ],
  },
  CONTRACTS_AND_HR: {
    points: [
      point(
        'Written contracts',
        'Workers hired in the last six months have no written employment contract.',
        BREACH,
        cites(['C158'], 'CHR.1', '8', 'PA10'),
      ),
      point(
        'Disciplinary deductions',
        'Fines for lateness are deducted from wages without a written procedure.',
        BREACH,
        cites(['C158'], 'CHR.4', '8', 'PA10'),
      ),
      point(
        'Personnel files',
        'Personnel files of some workers lack a copy of their identity card and their date of hire.',
        GAP,
        cites(['C158'], 'CHR.1', '8', 'PA10'),
      ),
    ],
  },
  WORKING_TIME: {
    points: [
      point(
        'Excessive overtime',
        'Time records show 72-hour weeks during the peak season.',
        SERIOUS,
        cites(['C001'], 'WT.2', '6', 'PA6'),
      ),
      point(
        'Weekly rest day',
        'Workers did not receive a weekly rest day for four consecutive weeks.',
        BREACH,
        cites(['C014'], 'WT.1', '6', 'PA6'),
      ),
      point(
        'Time records',
        'Time cards of the packing section were missing for one month of the sample.',
        GAP,
        cites(['C001'], 'WT.1', '6', 'PA6'),
      ),
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
