import { forbidden } from '../../../../runtime/errors';
import { Refusal, runMutation } from '../../../../runtime/mutation';
import type { DisputeFindingInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { parseDisputeReason } from '../domain';
import { standingOn } from '../visibility';
import { acceptedInput } from './input';
import { actingOrganization, visibleFinding } from './targets';

/** The supplier contests a finding; the report shows it as DISPUTED until remediation is verified. */
export async function disputeFinding(context: Context, input: DisputeFindingInput) {
  const supplier = actingOrganization(context, ['SUPPLIER'], 'disputeFinding');
  const reason = acceptedInput('The finding was not disputed', parseDisputeReason(input.reason));
  const now = context.clock.now();
  return runMutation(context, {
    operation: 'disputeFinding',
    write: async (tx) => {
      const finding = await visibleFinding(context, tx, input.findingId, ['input', 'findingId']);
      const inspection = finding.inspection.getEntity();
      if (!standingOn(context.principal, inspection, []).facilityOwner) {
        throw forbidden('Only the supplier owning the inspected facility disputes its findings');
      }
      if (finding.status === 'VERIFIED' || finding.status === 'DISPUTED') {
        throw new Refusal('CONFLICT', `A ${finding.status} finding cannot be disputed`, ['input', 'findingId']);
      }
      Object.assign(finding, { status: 'DISPUTED', disputeReason: reason, disputedAt: now, disputedById: supplier });
      if (inspection.status === 'SUBMITTED' || inspection.status === 'PUBLISHED') inspection.status = 'DISPUTED';
      inspection.updatedAt = now;
      return { findingId: finding.id, country: inspection.facilityCountry };
    },
    audited: ({ findingId, country }) => ({ target: `Finding:${findingId}`, country }),
  });
}
