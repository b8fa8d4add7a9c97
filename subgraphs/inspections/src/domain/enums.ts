/**
 * GraphQL-facing enums of the inspections subgraph. The arrays are the single source for the
 * schema, zod validation and tests; their order is the display order used in result lists.
 */

import { COMPLIANCE_AREAS, type ComplianceArea } from '../../../../vocabulary/compliance-areas';

export { COMPLIANCE_AREAS, type ComplianceArea };

export const INSPECTION_KINDS = ['LABOUR_INSPECTORATE', 'SOCIAL_AUDIT', 'JOINT_INSPECTION', 'FOLLOW_UP'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_STATUSES = ['SCHEDULED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED', 'DISPUTED'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const DISCLOSURES = ['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

/** Ordered from most to least serious. */
export const SEVERITIES = ['ZERO_TOLERANCE', 'MAJOR', 'MINOR', 'OBSERVATION'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATUSES = ['OPEN', 'IN_PROGRESS', 'REMEDIATED', 'VERIFIED', 'DISPUTED'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/**
 * A disputed finding still counts against the facility: the dispute may fail, and letting a
 * facility lift its score by contesting everything would reward the wrong behaviour.
 */
export const UNRESOLVED_FINDING_STATUSES = ['OPEN', 'IN_PROGRESS', 'DISPUTED'] as const satisfies readonly FindingStatus[];

export function isUnresolvedFinding(status: FindingStatus): boolean {
  return (UNRESOLVED_FINDING_STATUSES as readonly FindingStatus[]).includes(status);
}

export const CORRECTIVE_ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED', 'REJECTED'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];
