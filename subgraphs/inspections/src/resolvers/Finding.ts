import { notFound } from '../../../../runtime/errors';
import { schemeCode } from '../../../../vocabulary/audit-schemes';
import type { Context } from '../context';
import { findingProvenance } from '../domain/finding-provenance';
import type { Finding as FindingRow } from '../entities/finding.entity';
import { loadedOrFetch } from '../loaders';
import type { FindingResolvers } from '../__generated__/resolvers-types';

async function inspectionOf(finding: FindingRow, { loaders }: Context) {
  const inspection = await loadedOrFetch(finding.inspection, loaders.inspection);
  if (!inspection) throw notFound(`Inspection ${finding.inspection.id} is not visible to you`);
  return inspection;
}

export const Finding: FindingResolvers = {
  /** Another subgraph's reference to a finding: batched, and only a finding the caller may see. */
  __resolveReference: ({ id }, { loaders }) => loaders.finding.load(id),
  inspection: (finding, _args, context) => inspectionOf(finding, context),
  citedConventions: (finding) => finding.conventions.map((code) => ({ code })),
  recruitmentAgency: (finding) => (finding.recruitmentAgencyId ? { id: finding.recruitmentAgencyId } : null),
  schemeCode: (finding) =>
    finding.auditScheme && finding.auditSchemeCode
      ? (schemeCode(finding.auditScheme, finding.auditSchemeCode) ?? null)
      : null,
  inspectedCountry: async (finding, _args, context) => (await inspectionOf(finding, context)).facilityCountry,
  inspectedOn: async (finding, _args, context) => (await inspectionOf(finding, context)).endedOn,
  dispute: (finding) =>
    finding.disputeReason && finding.disputedAt
      ? {
          reason: finding.disputeReason,
          raisedAt: finding.disputedAt,
          raisedBy: finding.disputedById ? { id: finding.disputedById } : null,
        }
      : null,
  correctiveActions: (finding, _args, { loaders }) => loaders.correctiveActionsOfFinding.load(finding.id),
  enforcementActions: async (finding, _args, { loaders }) =>
    (await loaders.enforcementActionsOfFinding.load(finding.id)).map((link) => link.enforcementAction.getEntity()),
  provenance: async (finding, _args, context) => findingProvenance(finding, await inspectionOf(finding, context)),
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
