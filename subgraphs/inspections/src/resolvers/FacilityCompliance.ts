import { toCalendarDay } from '../domain';
import type { FacilityComplianceResolvers } from '../__generated__/resolvers-types';

export const FacilityCompliance: FacilityComplianceResolvers = {
  score: (compliance) => compliance.score,
  grade: (compliance) => compliance.grade,
  openFindings: (compliance) => compliance.openFindings,
  openFindingsBySeverity: (compliance) => compliance.openFindingsBySeverity,
  nonComplianceByArea: (compliance) => compliance.nonComplianceByArea,
  lastInspected: (compliance) => (compliance.lastInspectedOn ? toCalendarDay(compliance.lastInspectedOn) : null),
  overdueCorrectiveActions: (compliance) => compliance.overdueCorrectiveActions,
  basis: ({ basis }) => ({ ...basis, nonPublicInspections: basis.inspections - basis.publicInspections }),
};
