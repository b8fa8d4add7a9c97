import type { ComplianceArea } from '../domain';

/** What demo complaints say, per area: written as workers and their organisations write them. */
export const AREA_TEXTS: Record<ComplianceArea, { summaries: string[]; details: string[]; actions: string[] }> = {
  CHILD_LABOUR: {
    summaries: ['Children under 15 working in the finishing section', 'Young workers on night shifts in packing'],
    details: [
      'Several workers who look about 14 work in finishing after school hours, with borrowed ID cards.',
      'Workers under 18 are put on night shifts in packing when orders are late.',
    ],
    actions: [
      'Remove children from work and keep paying their family the wage until age 15',
      'Enrol affected children in school with fees paid by the employer',
    ],
  },
  DISCRIMINATION: {
    summaries: [
      'Pregnant workers dismissed before maternity leave',
      'Women paid less than men for the same machine work',
    ],
    details: [
      'Three sewing operators were told to resign when their pregnancy showed; maternity pay was refused.',
      'Male operators on the same machines earn a higher piece rate than female operators.',
    ],
    actions: [
      'Reinstate dismissed pregnant workers with full maternity benefits',
      'Equalise piece rates and pay the difference for the past 12 months',
    ],
  },
  FORCED_LABOUR: {
    summaries: ['Passports kept by the recruitment agent', 'Recruitment fees repaid from wages'],
    details: [
      'Migrant workers must hand over their passports and cannot leave the dormitory without permission.',
      'Workers pay back recruitment fees of three months wages through deductions.',
    ],
    actions: ['Return all identity documents to workers', 'Reimburse recruitment fees paid by workers'],
  },
  FREEDOM_OF_ASSOCIATION: {
    summaries: ['Union leaders dismissed after registering the union', 'Workers threatened for joining the union'],
    details: [
      'Five elected union officers were dismissed a week after the union applied for registration.',
      'Supervisors told workers they would lose overtime if they joined the union.',
    ],
    actions: [
      'Reinstate dismissed union officers with back pay',
      'Management statement to all workers recognising the right to organise',
    ],
  },
  OCCUPATIONAL_SAFETY_AND_HEALTH: {
    summaries: ['Emergency exits locked during shifts', 'Cracks in columns of the production building'],
    details: [
      'The exits of the third floor are locked during the day shift; the fire drill has not happened this year.',
      'Workers saw new cracks in columns on the fourth floor after machines were added.',
    ],
    actions: [
      'Unlock and mark all exits; monthly fire drills',
      'Structural assessment and evacuation of the affected floor until repaired',
    ],
  },
  COMPENSATION: {
    summaries: ['Wages paid late for two months', 'Overtime paid below the legal rate'],
    details: [
      'September and October wages were paid more than three weeks late, without explanation.',
      'Overtime hours are paid at the normal rate instead of the legal premium.',
    ],
    actions: ['Pay outstanding wages with interest', 'Pay overtime premiums owed for the past year'],
  },
  CONTRACTS_AND_HR: {
    summaries: ['No written contracts for new workers', 'Workers kept on rolling short contracts'],
    details: [
      'Workers hired this year have no written contract and no payslip.',
      'Workers are kept on three-month contracts for years to avoid permanent benefits.',
    ],
    actions: [
      'Issue written contracts and payslips to all workers',
      'Convert long-serving workers to permanent contracts',
    ],
  },
  WORKING_TIME: {
    summaries: ['Forced overtime until 22:00 before shipments', 'No weekly day off during peak season'],
    details: [
      'The line supervisor keeps the line until 22:00 several days a week before shipments.',
      'Workers worked six weeks without a day off during peak season.',
    ],
    actions: ['Cap overtime at the legal limit and make it voluntary', 'Guarantee one day off in seven'],
  },
};

/** Language a worker in each country writes in (km falls back to English messages). */
export const COUNTRY_LANGUAGE: Record<string, string> = {
  BD: 'bn-BD',
  VN: 'vi-VN',
  KH: 'km-KH',
  MX: 'es-MX',
  IN: 'en-IN',
  PK: 'en',
  CN: 'en',
  ID: 'en',
  TR: 'en',
  ET: 'en',
};

export const COUNTRY_CURRENCY: Record<string, string> = {
  BD: 'BDT',
  VN: 'VND',
  KH: 'USD',
  IN: 'INR',
  PK: 'PKR',
  CN: 'CNY',
  ID: 'IDR',
  TR: 'TRY',
  ET: 'ETB',
  MX: 'MXN',
};
