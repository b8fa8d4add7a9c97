import type { EntityManager } from '@mikro-orm/core';
import { demoPrincipalFor } from '../../../../demo/world';
import { Inspection } from '../entities/inspection.entity';
import { ReportAccessGrant } from '../entities/report-access-grant.entity';
import { ReportAccessRequest } from '../entities/report-access-request.entity';

const DAY = 86_400_000;
const later = (instant: Date | null, days: number) => new Date((instant?.getTime() ?? 0) + days * DAY);

/**
 * Facility owners' decisions about who reads their reports: the demo brand (the one `npm start`
 * prints a token for) reads a few PRIVATE reports of its suppliers because their owners granted
 * them, and the demo supplier has a brand's request waiting for its answer and one it declined.
 * Chosen from the inspections already written, without the random stream, so the rest of the demo
 * world is unchanged.
 */
export async function seedReportAccess(tx: EntityManager, buyersOf: Map<string, string[]>): Promise<void> {
  const brand = demoPrincipalFor('BRAND').organizationId;
  const supplier = demoPrincipalFor('SUPPLIER').organizationId;
  const reports = await tx.find(
    Inspection,
    { disclosure: 'PRIVATE', status: { $in: ['SUBMITTED', 'PUBLISHED'] }, facilityOwnerId: { $ne: null } },
    { orderBy: { id: 'asc' } },
  );
  const granted = reports.filter((report) => brand && buyersOf.get(report.facilityId)?.includes(brand)).slice(0, 3);
  granted.forEach((report, n) =>
    tx.create(ReportAccessGrant, {
      id: `rag-demo-${n + 1}`,
      inspection: report,
      buyerId: brand!,
      grantedById: report.facilityOwnerId!,
      grantedAt: later(report.submittedAt, 5),
      requestId: null,
      revokedAt: null,
      version: 1,
    }),
  );

  // The demo supplier's inspected facilities, each asked about once by a brand that sources from it.
  const owned = await tx.find(
    Inspection,
    { facilityOwnerId: supplier, status: { $in: ['SUBMITTED', 'PUBLISHED'] } },
    { orderBy: { id: 'asc' } },
  );
  const asked = [...new Set(owned.map((report) => report.facilityId))]
    .map((facilityId) => ({ facilityId, buyerId: buyersOf.get(facilityId)?.[0] }))
    .filter((ask): ask is { facilityId: string; buyerId: string } => Boolean(ask.buyerId))
    .slice(0, 2);
  asked.forEach(({ facilityId, buyerId }, n) => {
    const declined = n === 1;
    tx.create(ReportAccessRequest, {
      id: `rar-demo-${n + 1}`,
      facilityId,
      facilityCountry: facilityId.slice(0, 2),
      facilityOwnerId: supplier!,
      inspection: null,
      requestedById: buyerId,
      message: 'We are onboarding this facility and would like to read its recent audit reports.',
      status: declined ? 'DECLINED' : 'PENDING',
      requestedAt: new Date(`2026-11-${declined ? '02' : '18'}T09:00:00Z`),
      decidedAt: declined ? new Date('2026-11-05T14:00:00Z') : null,
      decidedById: declined ? supplier : null,
      decisionNote: declined ? 'We share reports with buyers under contract only.' : null,
      version: 1,
    });
  });
}
