import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../../../runtime/audit';
import type { Context } from '../context';
import { parseDisputeReason, readableErrorMap, SUBMISSION_LIMITS, toIssues, type Disclosure } from '../domain';
import { Finding } from '../entities/finding.entity';
import { InspectionParty } from '../entities/inspection-party.entity';
import { Inspection } from '../entities/inspection.entity';
import { standingOn, visibleInspections } from '../visibility';
import { invalidInput, notFoundFailure, outcomeOf, requireOrganizationRole, UserFailure } from './outcome';

type Tx = Context['em'];

async function conductedInspection(context: Context, tx: Tx, id: string, operation: string) {
  const inspection = await tx.findOne(Inspection, { $and: [{ id }, visibleInspections(context.principal, tx)] });
  if (!inspection) throw notFoundFailure('inspection', id, 'id');
  if (!standingOn(context.principal, inspection, []).conductor) {
    throw new UserFailure('FORBIDDEN', `Only the organisation that conducted the inspection may ${operation}`, ['id']);
  }
  return inspection;
}

/**
 * Releases the report to the audience its disclosure names (PUBLIC: everyone; SHARED_WITH_BUYERS:
 * the named buyers). A report disputed before publication stays DISPUTED: the dispute is part of it.
 */
export async function publishInspection(context: Context, id: string) {
  requireOrganizationRole(context, ['AUDITOR', 'REGULATOR'], 'publishInspection');
  const now = context.clock.now();
  return outcomeOf(() =>
    context.em.transactional(async (tx) => {
      const inspection = await conductedInspection(context, tx, id, 'publish it');
      if (inspection.publishedAt) throw new UserFailure('CONFLICT', 'The inspection is already published', ['id']);
      if (inspection.status === 'SCHEDULED' || inspection.status === 'IN_PROGRESS') {
        throw new UserFailure('CONFLICT', `An inspection ${inspection.status} has no report to publish yet`, ['id']);
      }
      inspection.publishedAt = now;
      if (inspection.status === 'SUBMITTED') inspection.status = 'PUBLISHED';
      inspection.updatedAt = now;
      await audit(context, { operation: 'publishInspection', target: `Inspection:${inspection.id}`, country: inspection.facilityCountry }, tx);
      return { inspectionId: inspection.id };
    }),
  );
}

const buyerIds = z.array(z.string().trim().min(1).max(SUBMISSION_LIMITS.idMaxLength)).max(SUBMISSION_LIMITS.maxParties).nullish();

/** Changes who may read the report; given buyers replace the list the report is shared with. */
export async function changeDisclosure(context: Context, input: { inspectionId: string; disclosure: Disclosure; sharedWithBuyerIds?: string[] | null }) {
  requireOrganizationRole(context, ['AUDITOR', 'REGULATOR'], 'changeDisclosure');
  const buyers = buyerIds.safeParse(input.sharedWithBuyerIds, { errorMap: readableErrorMap });
  if (!buyers.success) return invalidInput('The disclosure was not changed', toIssues(buyers.error), 'input.sharedWithBuyerIds');
  const now = context.clock.now();
  return outcomeOf(() =>
    context.em.transactional(async (tx) => {
      const inspection = await conductedInspection(context, tx, input.inspectionId, 'change its disclosure');
      inspection.disclosure = input.disclosure;
      inspection.updatedAt = now;
      if (buyers.data) {
        await tx.nativeDelete(InspectionParty, { inspection, role: 'BUYER' });
        for (const organizationId of new Set(buyers.data)) {
          tx.create(InspectionParty, { id: `pty_${randomUUID()}`, inspection, organizationId, role: 'BUYER' });
        }
      }
      await audit(context, { operation: 'changeDisclosure', target: `Inspection:${inspection.id}`, country: inspection.facilityCountry }, tx);
      return { inspectionId: inspection.id };
    }),
  );
}

/** The supplier contests a finding; the report shows it as DISPUTED until remediation is verified. */
export async function disputeFinding(context: Context, input: { findingId: string; reason: string }) {
  const supplier = requireOrganizationRole(context, ['SUPPLIER'], 'disputeFinding');
  const reason = parseDisputeReason(input.reason);
  if (!reason.ok) return invalidInput('The finding was not disputed', reason.issues, 'input');
  const now = context.clock.now();
  return outcomeOf(() =>
    context.em.transactional(async (tx) => {
      const finding = await tx.findOne(Finding, { id: input.findingId, inspection: visibleInspections(context.principal, tx) }, { populate: ['inspection'] });
      if (!finding) throw notFoundFailure('finding', input.findingId, 'findingId');
      const inspection = finding.inspection.getEntity();
      if (!standingOn(context.principal, inspection, []).facilityOwner) {
        throw new UserFailure('FORBIDDEN', 'Only the supplier owning the inspected facility disputes its findings', ['findingId']);
      }
      if (finding.status === 'VERIFIED' || finding.status === 'DISPUTED') {
        throw new UserFailure('CONFLICT', `A ${finding.status} finding cannot be disputed`, ['findingId']);
      }
      Object.assign(finding, { status: 'DISPUTED', disputeReason: reason.value, disputedAt: now, disputedById: supplier });
      if (inspection.status === 'SUBMITTED' || inspection.status === 'PUBLISHED') inspection.status = 'DISPUTED';
      inspection.updatedAt = now;
      await audit(context, { operation: 'disputeFinding', target: `Finding:${finding.id}`, country: inspection.facilityCountry }, tx);
      return { findingId: finding.id };
    }),
  );
}
