import type { SubmitGrievanceInput, SubmitInspectionInput } from '../__generated__/graphql';

/** The inputs the load tests and `bench/filing-load.ts` send by the thousand: an overtime case. */

/** A worker's anonymous complaint about unpaid overtime at `facilityId`. */
export const overtimeComplaint = (facilityId: string, summary: string): SubmitGrievanceInput => ({
  facility: { id: facilityId },
  areas: ['WORKING_TIME'],
  summary,
  description: 'We were kept at the machines until midnight for two weeks and the hours were not paid.',
  language: 'en',
  channel: 'WEB',
});

/** An auditor's private social audit of `facilityId` with one minor working-time finding. */
export const overtimeAudit = (facilityId: string, summary: string): SubmitInspectionInput => ({
  facilityId,
  kind: 'SOCIAL_AUDIT',
  startedOn: '2026-11-10',
  endedOn: '2026-11-11',
  announced: true,
  workersInterviewed: 5,
  disclosure: 'PRIVATE',
  summary,
  findings: [{ area: 'WORKING_TIME', compliancePoint: 'Overtime', severity: 'MINOR', description: 'Long weeks' }],
});
