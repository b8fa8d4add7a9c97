import { randomUUID } from 'node:crypto';
import { runMutation } from '../../../../runtime/mutation';
import { registryFacility, type RegistryFacility } from '../../../../runtime/registry-facts';
import { validateFacilityId } from '../../../../vocabulary/facility-id';
import type { SubmitInspectionInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { filedStatus, parseInspectionSubmission, toCalendarDay, type InspectionSubmission } from '../domain';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { Inspection } from '../entities/inspection.entity';
import { findingAgencies } from './finding-agencies';
import { acceptedInput } from './input';
import { acceptJointInspection, signAsLead } from './joint-inspection';
import { actingOrganization, type Tx } from './targets';

/**
 * An audit firm or inspectorate files a completed inspection: the whole submission is validated
 * (every problem in one answer), then the inspection, its parties and findings are written in one
 * transaction, once per idempotency key.
 */
export async function submitInspection(context: Context, input: SubmitInspectionInput, idempotencyKey: string) {
  const organizationId = actingOrganization(context, ['AUDITOR', 'REGULATOR'], 'submitInspection');
  const { role, country } = context.principal;
  const now = context.clock.now();
  const parsed = parseInspectionSubmission(input, { role, organizationId, country }, now, {
    validateFacilityId: (id) => {
      const verdict = validateFacilityId(id);
      return verdict.ok ? true : verdict.reason;
    },
  });
  const submission = acceptedInput('The inspection was not submitted', parsed);
  acceptJointInspection(context, input, submission);
  const agencies = findingAgencies(context, input);
  // The registry's owner answers the findings, whoever the auditor met on site.
  const facility = registryFacility(context.principal, submission.facilityId, 'The inspection was not submitted', [
    'input',
    'facilityId',
  ]);
  return runMutation(context, {
    operation: 'submitInspection',
    idempotency: { key: idempotencyKey, input },
    write: async (tx) => {
      const inspection = writeInspection(tx, submission, facility, now, agencies);
      return { inspectionId: inspection.id, country: inspection.facilityCountry };
    },
    audited: ({ inspectionId, country }) => ({ target: `Inspection:${inspectionId}`, country }),
  });
}

function writeInspection(
  tx: Tx,
  submission: InspectionSubmission,
  facility: RegistryFacility,
  now: Date,
  agencies: (string | null)[],
): Inspection {
  const endedOn = toCalendarDay(submission.endedOn);
  const inspection = tx.create(Inspection, {
    id: `ins_${randomUUID()}`,
    facilityId: facility.facilityId,
    facilityCountry: facility.country,
    facilitySector: submission.facilitySector,
    facilityOwnerId: facility.ownerId,
    kind: submission.kind,
    conductedById: submission.conductedBy,
    agreementId: submission.agreementId,
    startedOn: toCalendarDay(submission.startedOn),
    endedOn,
    endedMonth: endedOn.slice(0, 7),
    announced: submission.announced,
    workersInterviewed: submission.workersInterviewed,
    status: filedStatus(submission.kind),
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
  signAsLead(tx, inspection, now);
  submission.findings.forEach((finding, position) =>
    tx.create(Finding, {
      id: `fnd_${randomUUID()}`,
      inspection,
      position,
      ...finding,
      recruitmentAgencyId: agencies[position] ?? null,
      status: 'OPEN',
    }),
  );
  return inspection;
}
