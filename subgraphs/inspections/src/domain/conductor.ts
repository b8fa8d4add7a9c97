import type { Role } from '../../../../runtime/principal';
import type { InspectionKind } from '../__generated__/resolvers-types';
import { issueAt, type ValidationIssue } from './validation';

/** The organisation filing an inspection, as its token says. */
export interface Conductor {
  role: Role;
  organizationId: string;
  /** A regulator's jurisdiction. */
  country: string | null;
}

/** What each kind of conducting organisation files. */
export const KINDS_BY_ROLE: Partial<Record<Role, readonly InspectionKind[]>> = {
  AUDITOR: ['SOCIAL_AUDIT', 'FOLLOW_UP'],
  REGULATOR: ['LABOUR_INSPECTORATE', 'JOINT_INSPECTION', 'FOLLOW_UP'],
};

/**
 * An audit firm files social audits and follow-ups; an inspectorate inspects in its own country,
 * and abroad only as a partner of the host country's joint inspection. A joint inspection's own
 * rules (its lead, agreement and partners) are `jointInspectionIssues`. `facilityId` is given once
 * the rest of the submission is valid.
 */
export function conductorIssues(
  conductor: Conductor,
  kind: InspectionKind,
  facilityId: string | null,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const allowed = KINDS_BY_ROLE[conductor.role] ?? [];
  if (!allowed.includes(kind))
    issues.push(issueAt('kind', `a ${conductor.role} files ${allowed.join(', ')} inspections, not ${kind}`));
  const country = facilityId?.slice(0, 2);
  if (conductor.role === 'REGULATOR' && kind !== 'JOINT_INSPECTION' && country && country !== conductor.country) {
    const jurisdiction = conductor.country ?? 'none';
    const message = `is in ${country}, outside your jurisdiction (${jurisdiction}); abroad, an inspectorate is a partner named on the host country's JOINT_INSPECTION`;
    issues.push(issueAt('facilityId', message));
  }
  return issues;
}
