import { randomUUID } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/core';
import { forbidden } from '../../../../runtime/errors';
import { Refusal, rejectInvalid, requireRole, runMutation, type InputIssue } from '../../../../runtime/mutation';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { mayConfirm, placementIssues, sideOf } from '../domain/supply-chain-links';
import { Facility } from '../entities/facility.entity';
import { Organization } from '../entities/organization.entity';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import { facilityIdInput } from '../queries/facility-ids';
import { currentLink, facilityNamed, linkToActOn, requirePlacement, suppliersOf } from '../queries/supply-chain-links';
import type { ProposeSupplyChainLinkInput } from '../__generated__/resolvers-types';
import { linkPayload, reasonIssues, today, type WrittenLink } from './supply-chain-payload';

/** Those who may speak for a side of a link: its brand, the supplier owning the facility, the registry's steward. */
export const PARTY_ROLES = ['BRAND', 'SUPPLIER', 'ADMIN'] as const;

/**
 * One side proposes that a brand sources from a facility: the brand for itself, the supplier
 * owning the facility naming the brand, or an administrator for any brand. Nothing counts until
 * the other side confirms.
 */
export async function proposeSupplyChainLink(
  context: Context,
  input: ProposeSupplyChainLinkInput,
  idempotencyKey: string,
) {
  const { principal, clock } = context;
  requireRole(context, PARTY_ROLES, 'proposeSupplyChainLink', { organization: principal.role !== 'ADMIN' });
  if (principal.role === 'BRAND' && input.brandId && input.brandId !== principal.organizationId)
    throw forbidden('A brand proposes supply-chain links for its own organisation only');
  const brandId = principal.role === 'BRAND' ? principal.organizationId! : (input.brandId ?? '');
  const now = clock.now();
  const issues: InputIssue[] = [];
  if (!brandId) issues.push({ path: ['input', 'brandId'], message: 'name the brand that buys from the facility' });
  const facilityId = facilityIdInput(input.facilityId, ['input', 'facilityId'], now, issues);
  const suppliesId = input.suppliesFacilityId
    ? facilityIdInput(input.suppliesFacilityId, ['input', 'suppliesFacilityId'], now, issues)
    : null;
  // A malformed id of the facility supplied is reported once, as malformed.
  for (const issue of placementIssues(facilityId, input.tier, suppliesId === null ? null : suppliesId || 'malformed'))
    issues.push({ path: ['input', issue.field], message: issue.message });
  if (input.since && input.since > today(now))
    issues.push({ path: ['input', 'since'], message: 'a link cannot begin after today' });
  rejectInvalid('The supply-chain link was not proposed', issues);

  const outcome = await runMutation(context, {
    operation: 'proposeSupplyChainLink',
    idempotency: { key: idempotencyKey, input },
    write: (tx) =>
      propose(tx, principal, { ...input, brandId, facilityId, suppliesId, since: input.since ?? today(now) }),
    audited: ({ linkId, country }) => ({ target: `SupplyChainLink:${linkId}`, country }),
  });
  return linkPayload(context, outcome);
}

type Proposal = Omit<ProposeSupplyChainLinkInput, 'since'> & {
  brandId: string;
  facilityId: string;
  suppliesId: string | null;
  since: string;
};

async function propose(tx: EntityManager, principal: Principal, proposal: Proposal): Promise<WrittenLink> {
  const brand = await tx.findOne(Organization, proposal.brandId);
  if (!brand) throw new Refusal('NOT_FOUND', `No organisation ${proposal.brandId}`, ['input', 'brandId']);
  if (brand.kind !== 'BRAND')
    throw new Refusal('BAD_USER_INPUT', `${brand.id} is a ${brand.kind}, not a brand`, ['input', 'brandId']);
  const facility = await facilityNamed(tx, proposal.facilityId, ['input', 'facilityId']);
  const side = sideOf(principal, { brandId: brand.id, facilityOwnerId: facility.owner?.id ?? null });
  if (!side) throw forbidden('A supplier proposes supply-chain links to the facilities its organisation owns only');
  if (facility.status !== 'ACTIVE')
    throw new Refusal('BAD_USER_INPUT', `${facility.id} is ${facility.status}`, ['input', 'facilityId']);
  const supplies = proposal.suppliesId
    ? await facilityNamed(tx, proposal.suppliesId, ['input', 'suppliesFacilityId'])
    : null;
  if (supplies?.id === facility.id)
    throw new Refusal('BAD_USER_INPUT', 'a facility cannot supply itself', ['input', 'suppliesFacilityId']);
  const existing = await currentLink(tx, brand.id, facility.id);
  if (existing)
    throw new Refusal(
      'CONFLICT',
      `${brand.id} already has a ${existing.status} link to ${facility.id} (${existing.id})`,
      ['input', 'facilityId'],
    );
  await requirePlacement(tx, brand.id, facility.id, proposal.tier, supplies?.id ?? null, ['input']);
  const link = tx.create(SupplyChainLink, {
    id: `scl-${randomUUID()}`,
    buyer: brand,
    facility,
    tier: proposal.tier,
    suppliesFacility: supplies ? ref(supplies) : null,
    since: proposal.since,
    until: null,
    products: [...(proposal.products ?? [])],
    publiclyDisclosed: proposal.publiclyDisclosed ?? false,
    status: 'PROPOSED',
    proposedBy: side,
  });
  await tx.flush();
  return { linkId: link.id, country: facility.countryCode };
}

/**
 * The other side agrees: a proposed link becomes ACTIVE, or an active link's pending tier change
 * is applied. The rules of placement are checked again: the chain may have changed meanwhile.
 */
export async function confirmSupplyChainLink(context: Context, id: string) {
  requireRole(context, PARTY_ROLES, 'confirmSupplyChainLink');
  const outcome = await runMutation(context, {
    operation: 'confirmSupplyChainLink',
    write: async (tx): Promise<WrittenLink> => {
      const { link, facility, side } = await linkToActOn(tx, context.principal, id, 'confirmSupplyChainLink');
      const written = { linkId: link.id, country: facility.countryCode };
      if (link.status === 'PROPOSED') {
        if (!mayConfirm(side, link.proposedBy))
          throw new Refusal('CONFLICT', 'The proposal is yours: it waits for the other side', ['id']);
        await requirePlacement(tx, link.buyer.id, facility.id, link.tier, link.suppliesFacility?.id ?? null, []);
        link.status = 'ACTIVE';
        await tx.flush();
        return written;
      }
      if (link.status !== 'ACTIVE' || link.pendingTier == null)
        throw new Refusal('CONFLICT', `The link is ${link.status} and nothing on it waits for confirmation`, ['id']);
      if (!mayConfirm(side, link.pendingProposedBy))
        throw new Refusal('CONFLICT', 'The tier change is yours: it waits for the other side', ['id']);
      if (link.pendingTier !== link.tier && (await suppliersOf(tx, link.buyer.id, facility.id)) > 0)
        throw new Refusal('CONFLICT', `Facilities supply ${facility.id} at its present tier: re-tier them first`, [
          'id',
        ]);
      const supplies = link.pendingSuppliesFacilityId;
      await requirePlacement(tx, link.buyer.id, facility.id, link.pendingTier, supplies, []);
      link.tier = link.pendingTier;
      link.suppliesFacility = supplies ? ref(Facility, supplies) : null;
      clearPendingChange(link);
      await tx.flush();
      return { ...written, operation: 'confirmSupplyChainLink:TIER_CHANGE' };
    },
    audited: ({ linkId, country, operation }) => ({ target: `SupplyChainLink:${linkId}`, country, operation }),
  });
  return linkPayload(context, outcome);
}

/**
 * A side refuses: a proposed link becomes DECLINED (the proposer may withdraw its own proposal
 * the same way), or an active link's pending tier change is dropped.
 */
export async function declineSupplyChainLink(context: Context, id: string, reason: string | null | undefined) {
  requireRole(context, PARTY_ROLES, 'declineSupplyChainLink');
  rejectInvalid('The supply-chain link was not declined', reasonIssues(reason, ['reason']));
  const outcome = await runMutation(context, {
    operation: 'declineSupplyChainLink',
    write: async (tx): Promise<WrittenLink> => {
      const { link, facility, side } = await linkToActOn(tx, context.principal, id, 'declineSupplyChainLink');
      const written = { linkId: link.id, country: facility.countryCode };
      if (link.status === 'PROPOSED') {
        Object.assign(link, { status: 'DECLINED', endedOn: today(context.clock.now()), endedBy: side });
        link.endReason = reason?.trim() || null;
        await tx.flush();
        return written;
      }
      if (link.status !== 'ACTIVE' || link.pendingTier == null)
        throw new Refusal('CONFLICT', `The link is ${link.status} and nothing on it waits for an answer`, ['id']);
      clearPendingChange(link);
      await tx.flush();
      return { ...written, operation: 'declineSupplyChainLink:TIER_CHANGE' };
    },
    audited: ({ linkId, country, operation }) => ({ target: `SupplyChainLink:${linkId}`, country, operation }),
  });
  return linkPayload(context, outcome);
}

export function clearPendingChange(link: SupplyChainLink) {
  link.pendingTier = null;
  link.pendingSuppliesFacilityId = null;
  link.pendingProposedBy = null;
}
