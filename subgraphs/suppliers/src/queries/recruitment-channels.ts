import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../../../../runtime/principal';
import { Facility } from '../entities/facility.entity';
import type { Organization } from '../entities/organization.entity';
import { RecruitmentChannel } from '../entities/recruitment-channel.entity';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';

/** What decides whether a caller sees a facility's recruitment channel. */
export interface ChannelScope {
  facilityCountry: string;
  facilityOwnerId: string | null;
  agencyLicenceCountry: string | null;
  /** Whether the caller's brand has an ACTIVE supply-chain link to the facility. */
  buyerOfFacility: boolean;
}

/**
 * Who sees how a facility recruits: its owner, regulators of its country and of the agency's
 * licence country, brands sourcing from it through an ACTIVE link (the `Facility.buyers` rule,
 * whatever the link's disclosure), and admins.
 */
export function seesChannel(principal: Principal, scope: ChannelScope): boolean {
  switch (principal.role) {
    case 'ADMIN':
      return true;
    case 'SUPPLIER':
      return principal.organizationId != null && principal.organizationId === scope.facilityOwnerId;
    case 'REGULATOR':
      return (
        principal.country != null &&
        (principal.country === scope.facilityCountry || principal.country === scope.agencyLicenceCountry)
      );
    case 'BRAND':
      return scope.buyerOfFacility;
    default:
      return false;
  }
}

/** The facilities (of `facilityIds`) the caller's brand buys from through an ACTIVE link: one query. */
async function facilitiesBoughtFrom(em: EntityManager, principal: Principal, facilityIds: readonly string[]) {
  if (principal.role !== 'BRAND' || !principal.organizationId) return new Set<string>();
  const links = await em.find(SupplyChainLink, {
    buyer: principal.organizationId,
    facility: { $in: [...facilityIds] },
    status: 'ACTIVE',
  });
  return new Set(links.map((link) => link.facility.id));
}

/** Each facility's recruitment channels the caller may see, newest first: three queries for a page of facilities. */
export async function channelsOfFacilities(
  em: EntityManager,
  principal: Principal,
  facilityIds: readonly string[],
): Promise<RecruitmentChannel[][]> {
  if (!['ADMIN', 'SUPPLIER', 'REGULATOR', 'BRAND'].includes(principal.role)) return facilityIds.map(() => []);
  const [facilities, channels, bought] = await Promise.all([
    em.find(Facility, { id: { $in: [...facilityIds] } }),
    em.find(
      RecruitmentChannel,
      { facility: { $in: [...facilityIds] } },
      { populate: ['agency'], orderBy: { since: 'desc', id: 'asc' } },
    ),
    facilitiesBoughtFrom(em, principal, facilityIds),
  ]);
  const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
  const byFacility = new Map<string, RecruitmentChannel[]>(facilityIds.map((id) => [id, []]));
  for (const channel of channels) {
    const facility = facilityById.get(channel.facility.id);
    if (facility && seesChannel(principal, scopeOf(facility, channel.agency.getEntity(), bought)))
      byFacility.get(facility.id)?.push(channel);
  }
  return facilityIds.map((id) => byFacility.get(id) ?? []);
}

export const scopeOf = (facility: Facility, agency: Organization, bought: Set<string>): ChannelScope => ({
  facilityCountry: facility.countryCode,
  facilityOwnerId: facility.owner?.id ?? null,
  agencyLicenceCountry: agency.licenceCountry,
  buyerOfFacility: bought.has(facility.id),
});
