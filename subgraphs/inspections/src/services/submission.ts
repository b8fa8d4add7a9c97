import { randomUUID } from 'node:crypto';
import { audit } from '../../../../runtime/audit';
import { validateFacilityId } from '../../../../vocabulary/facility-id';
import { idempotent } from '../../../../runtime/idempotency';
import type { Role } from '../../../../runtime/principal';
import type { Context } from '../context';
import { INSPECTION_KINDS, issueAt, parseInspectionSubmission, toCalendarDay, type InspectionKind, type InspectionSubmission, type ValidationIssue } from '../domain';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { Inspection } from '../entities/inspection.entity';
import { invalidInput, requireOrganizationRole } from './outcome';

/** What each kind of conducting organisation files. */
const KINDS_BY_ROLE: Partial<Record<Role, readonly InspectionKind[]>> = {
  AUDITOR: ['SOCIAL_AUDIT', 'FOLLOW_UP'],
  REGULATOR: ['LABOUR_INSPECTORATE', 'JOINT_INSPECTION', 'FOLLOW_UP'],
};

/**
 * Validates the whole submission (every problem in one answer), then writes the inspection, its
 * parties and findings and the audit entry in one transaction, once per idempotency key.
 */
export async function submitInspection(context: Context, input: Record<string, unknown>, idempotencyKey: string) {
  const { principal } = context;
  const conductedBy = requireOrganizationRole(context, ['AUDITOR', 'REGULATOR'], 'submitInspection');
  const now = context.clock.now();
  const parsed = parseInspectionSubmission({ ...input, conductedBy }, now, {
    validateFacilityId: (id) => {
      const verdict = validateFacilityId(id);
      return verdict.ok ? true : verdict.reason;
    },
  });
  const issues: ValidationIssue[] = parsed.ok ? [] : [...parsed.issues];
  const allowedKinds = KINDS_BY_ROLE[principal.role] ?? [];
  if ((INSPECTION_KINDS as readonly unknown[]).includes(input.kind) && !allowedKinds.includes(input.kind as InspectionKind)) {
    issues.push(issueAt('kind', `a ${principal.role} files ${allowedKinds.join(', ')} inspections, not ${input.kind}`));
  }
  if (parsed.ok && principal.role === 'REGULATOR' && parsed.value.kind !== 'JOINT_INSPECTION') {
    const country = parsed.value.facilityId.slice(0, 2);
    if (country !== principal.country) {
      issues.push(issueAt('facilityId', `is in ${country}, outside your jurisdiction (${principal.country ?? 'none'}); inspect abroad as a JOINT_INSPECTION under an agreement`));
    }
  }
  if (!parsed.ok || issues.length > 0) return invalidInput('The inspection was not submitted', issues, 'input');

  return idempotent(context.em, principal, 'submitInspection', idempotencyKey, input, async (tx) => {
    const inspection = writeInspection(tx, parsed.value, now);
    await audit(context, { operation: 'submitInspection', target: `Inspection:${inspection.id}`, country: inspection.facilityCountry }, tx);
    return { inspectionId: inspection.id };
  });
}

function writeInspection(tx: Context['em'], submission: InspectionSubmission, now: Date): Inspection {
  const endedOn = toCalendarDay(submission.endedOn);
  const inspection = tx.create(Inspection, {
    id: `ins_${randomUUID()}`,
    facilityId: submission.facilityId,
    facilityCountry: submission.facilityId.slice(0, 2),
    facilitySector: submission.facilitySector,
    facilityOwnerId: submission.facilityOwnerId,
    kind: submission.kind,
    conductedById: submission.conductedBy,
    agreementId: submission.agreementId,
    startedOn: toCalendarDay(submission.startedOn),
    endedOn,
    endedMonth: endedOn.slice(0, 7),
    announced: submission.announced,
    workersInterviewed: submission.workersInterviewed,
    status: 'SUBMITTED',
    disclosure: submission.disclosure,
    summary: submission.summary,
    submittedAt: now,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  const parties = [
    ...submission.sharedWithBuyerIds.map((organizationId) => ({ organizationId, role: 'BUYER' as const })),
    ...submission.jointInspectorIds.map((organizationId) => ({ organizationId, role: 'JOINT_INSPECTOR' as const })),
  ];
  for (const party of parties) tx.create(InspectionParty, { id: `pty_${randomUUID()}`, inspection, ...party });
  submission.findings.forEach((finding, position) =>
    tx.create(Finding, { id: `fnd_${randomUUID()}`, inspection, position, ...finding, status: 'OPEN' }),
  );
  return inspection;
}
