import { Refusal, rejectInvalid, requireRole, runMutation, type InputIssue } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { placementIssues } from '../domain/supply-chain-links';
import { facilityIdInput } from '../queries/facility-ids';
import { facilityNamed, linkToActOn, requirePlacement, suppliersOf } from '../queries/supply-chain-links';
import type { ChangeSupplyChainTierInput, EndSupplyChainLinkInput } from '../__generated__/resolvers-types';
import { clearPendingChange, PARTY_ROLES } from './supply-chain-proposals';
import { linkPayload, reasonIssues, today, type WrittenLink } from './supply-chain-payload';

/**
 * Either side ends an active link at once: a brand must always be able to stop sourcing, and a
 * supplier to stop supplying, without the other's consent. The link stays as history.
 */
export async function endSupplyChainLink(context: Context, input: EndSupplyChainLinkInput) {
  requireRole(context, PARTY_ROLES, 'endSupplyChainLink');
  const day = today(context.clock.now());
  const endedOn = input.endedOn ?? day;
  const issues = reasonIssues(input.reason, ['input', 'reason']);
  if (endedOn > day) issues.push({ path: ['input', 'endedOn'], message: 'a link cannot be ended after today' });
  rejectInvalid('The supply-chain link was not ended', issues);

  const outcome = await runMutation(context, {
    operation: 'endSupplyChainLink',
    write: async (tx): Promise<WrittenLink> => {
      const { link, facility, side } = await linkToActOn(tx, context.principal, input.id, 'endSupplyChainLink');
      if (link.status === 'PROPOSED')
        throw new Refusal('CONFLICT', 'The link is only proposed: decline it instead', ['input', 'id']);
      if (link.status !== 'ACTIVE') throw new Refusal('CONFLICT', `The link is ${link.status}`, ['input', 'id']);
      if (endedOn < link.since)
        throw new Refusal('BAD_USER_INPUT', `The link began on ${link.since}`, ['input', 'endedOn']);
      Object.assign(link, { status: 'ENDED', endedOn, endedBy: side, endReason: input.reason?.trim() || null });
      clearPendingChange(link);
      await tx.flush();
      return { linkId: link.id, country: facility.countryCode };
    },
    audited: ({ linkId, country }) => ({ target: `SupplyChainLink:${linkId}`, country }),
  });
  return linkPayload(context, outcome);
}

/**
 * One side proposes a new tier (and the facility supplied) for an active link; it applies when
 * the other side confirms it with confirmSupplyChainLink. A facility others supply keeps its
 * tier until they are re-tiered or ended, so that no tier is left hanging.
 */
export async function changeSupplyChainTier(context: Context, input: ChangeSupplyChainTierInput) {
  requireRole(context, PARTY_ROLES, 'changeSupplyChainTier');
  // The link's own facility is known once it is loaded: a facility supplying itself is refused there.
  const issues: InputIssue[] = placementIssues('', input.tier, input.suppliesFacilityId).map((issue) => ({
    path: ['input', issue.field],
    message: issue.message,
  }));
  const suppliesId = input.suppliesFacilityId
    ? facilityIdInput(input.suppliesFacilityId, ['input', 'suppliesFacilityId'], context.clock.now(), issues)
    : null;
  rejectInvalid('The tier change was not proposed', issues);

  const outcome = await runMutation(context, {
    operation: 'changeSupplyChainTier',
    write: async (tx): Promise<WrittenLink> => {
      const { link, facility, side } = await linkToActOn(tx, context.principal, input.id, 'changeSupplyChainTier');
      if (link.status !== 'ACTIVE')
        throw new Refusal('CONFLICT', `Only an ACTIVE link changes tier; this one is ${link.status}`, ['input', 'id']);
      if (link.pendingTier != null)
        throw new Refusal('CONFLICT', 'A tier change already waits: confirm or decline it first', ['input', 'id']);
      const supplies = suppliesId ? await facilityNamed(tx, suppliesId, ['input', 'suppliesFacilityId']) : null;
      if (supplies?.id === facility.id)
        throw new Refusal('BAD_USER_INPUT', 'a facility cannot supply itself', ['input', 'suppliesFacilityId']);
      if (input.tier === link.tier && (supplies?.id ?? null) === (link.suppliesFacility?.id ?? null))
        throw new Refusal('CONFLICT', `The link is at tier ${link.tier} already`, ['input', 'tier']);
      await requirePlacement(tx, link.buyer.id, facility.id, input.tier, supplies?.id ?? null, ['input']);
      if (input.tier !== link.tier && (await suppliersOf(tx, link.buyer.id, facility.id)) > 0)
        throw new Refusal('CONFLICT', `Facilities supply ${facility.id} at its present tier: re-tier them first`, [
          'input',
          'tier',
        ]);
      Object.assign(link, {
        pendingTier: input.tier,
        pendingSuppliesFacilityId: supplies?.id ?? null,
        pendingProposedBy: side,
      });
      await tx.flush();
      return { linkId: link.id, country: facility.countryCode };
    },
    audited: ({ linkId, country }) => ({ target: `SupplyChainLink:${linkId}`, country }),
  });
  return linkPayload(context, outcome);
}
