import type { SeededRandom } from '../../../../demo/random';
import { COMPLIANCE_AREAS, type ComplianceArea } from '../domain';
import { CHILD_LABOUR } from './complaints/child-labour';
import { COMPENSATION } from './complaints/compensation';
import { CONTRACTS_AND_HR } from './complaints/contracts-and-hr';
import { DISCRIMINATION } from './complaints/discrimination';
import { FORCED_LABOUR } from './complaints/forced-labour';
import { FREEDOM_OF_ASSOCIATION } from './complaints/freedom-of-association';
import { OCCUPATIONAL_SAFETY_AND_HEALTH } from './complaints/occupational-safety-and-health';
import { WORKING_TIME } from './complaints/working-time';

/** One area's demo complaints, as workers and their organisations write them, grouped by what they are about. */
export type ComplaintTopics = Record<string, [summary: string, description: string][]>;

export const COMPLAINTS: Record<ComplianceArea, ComplaintTopics> = {
  CHILD_LABOUR,
  DISCRIMINATION,
  FORCED_LABOUR,
  FREEDOM_OF_ASSOCIATION,
  OCCUPATIONAL_SAFETY_AND_HEALTH,
  COMPENSATION,
  CONTRACTS_AND_HR,
  WORKING_TIME,
};

/**
 * Hands each demo case a complaint of its area that no case before it told: a topic drawn at random
 * (the next one with complaints left when it has none), then one of its complaints. Always two
 * draws, so that what the seed draws next does not depend on which complaints are left. Should an
 * area ever run out, its complaints are dealt again.
 */
export function complaintDealer(
  random: SeededRandom,
): (area: ComplianceArea) => { summary: string; description: string } {
  const fresh = (area: ComplianceArea) => Object.values(COMPLAINTS[area]).map((topic) => [...topic]);
  const left = new Map(COMPLIANCE_AREAS.map((area) => [area, fresh(area)]));
  return (area) => {
    if (left.get(area)!.every((topic) => topic.length === 0)) left.set(area, fresh(area));
    const topics = left.get(area)!;
    const first = random.integer(0, topics.length - 1);
    const topic = [...topics.slice(first), ...topics.slice(0, first)].find((complaints) => complaints.length > 0)!;
    const [[summary, description]] = topic.splice(random.integer(0, topic.length - 1), 1);
    return { summary, description };
  };
}

/** What demo remedies agree to, per area. */
export const AREA_TEXTS: Record<ComplianceArea, { actions: string[] }> = {
  CHILD_LABOUR: {
    actions: [
      'Remove children from work and keep paying their family the wage until age 15',
      'Enrol affected children in school with fees paid by the employer',
    ],
  },
  DISCRIMINATION: {
    actions: [
      'Reinstate dismissed pregnant workers with full maternity benefits',
      'Equalise piece rates and pay the difference for the past 12 months',
    ],
  },
  FORCED_LABOUR: {
    actions: ['Return all identity documents to workers', 'Reimburse recruitment fees paid by workers'],
  },
  FREEDOM_OF_ASSOCIATION: {
    actions: [
      'Reinstate dismissed union officers with back pay',
      'Management statement to all workers recognising the right to organise',
    ],
  },
  OCCUPATIONAL_SAFETY_AND_HEALTH: {
    actions: [
      'Unlock and mark all exits; monthly fire drills',
      'Structural assessment and evacuation of the affected floor until repaired',
    ],
  },
  COMPENSATION: { actions: ['Pay outstanding wages with interest', 'Pay overtime premiums owed for the past year'] },
  CONTRACTS_AND_HR: {
    actions: [
      'Issue written contracts and payslips to all workers',
      'Convert long-serving workers to permanent contracts',
    ],
  },
  WORKING_TIME: {
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
