import type { PermissionRule } from '../../../runtime/permissions';
import type { Context } from './context';
import type { Finding } from './entities/finding.entity';
import type { Inspection } from './entities/inspection.entity';
import { loadedOrFetch } from './loaders';
import { standingOn } from './visibility';

async function standingOnInspection(inspection: Inspection | null, context: Context) {
  if (!inspection) return null;
  const parties = await context.loaders.partiesOfInspection.load(inspection.id);
  const joint = parties.filter((party) => party.role === 'JOINT_INSPECTOR').map((party) => party.organizationId);
  return standingOn(context.principal, inspection, joint);
}

/**
 * Row rules for @allow. Evidence (worker testimony, photos) can expose the workers who gave it, so
 * it stays with the organisations that conducted the inspection and the regulator of the
 * facility's country — not the supplier, its buyers or the public.
 */
export const permissionRules: Record<string, PermissionRule<Context>> = {
  evidenceReader: async (finding: Finding, context) => {
    const standing = await standingOnInspection(
      await loadedOrFetch(finding.inspection, context.loaders.inspection),
      context,
    );
    return Boolean(standing && (standing.conductor || standing.jointInspector || standing.jurisdiction));
  },
  /** Who else the report went to reveals sourcing relationships: only the inspection's insiders see it. */
  inspectionInsider: async (inspection: Inspection, context) => {
    const standing = await standingOnInspection(inspection, context);
    return Boolean(
      standing && (standing.conductor || standing.jointInspector || standing.facilityOwner || standing.jurisdiction),
    );
  },
};
