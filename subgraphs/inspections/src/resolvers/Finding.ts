import { notFound } from '../../../../runtime/errors';
import { loadedOrFetch } from '../loaders';
import type { FindingResolvers } from '../__generated__/resolvers-types';

export const Finding: FindingResolvers = {
  inspection: async (finding, _args, { loaders }) => {
    const inspection = await loadedOrFetch(finding.inspection, loaders.inspection);
    if (!inspection) throw notFound(`Inspection ${finding.inspection.id} is not visible to you`);
    return inspection;
  },
  dispute: (finding) =>
    finding.disputeReason && finding.disputedAt
      ? {
          reason: finding.disputeReason,
          raisedAt: finding.disputedAt,
          raisedBy: finding.disputedById ? { id: finding.disputedById } : null,
        }
      : null,
  correctiveActions: (finding, _args, { loaders }) => loaders.correctiveActionsOfFinding.load(finding.id),
  /** Evidence can expose the workers who gave it: it is released only once its read is in the audit log. */
  evidence: async (finding, _args, { loaders }) => {
    const inspection = await loadedOrFetch(finding.inspection, loaders.inspection);
    if (!inspection) throw notFound(`Inspection ${finding.inspection.id} is not visible to you`);
    await loaders.auditedRead.load({
      operation: 'read:Finding.evidence',
      target: `Finding:${finding.id}`,
      country: inspection.facilityCountry,
      detail: `Inspection:${inspection.id}`,
    });
    return finding.evidence;
  },
};
