import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { raw, type SqlEntityManager } from '@mikro-orm/knex';
import { sharingClauseOf } from '../../../../runtime/audit';
import type { PageRequest } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import type { Context } from '../context';
import { sectorKey } from '../domain/normalise';
import { FacilitySector } from '../entities/facility-sector.entity';
import { Facility, type FacilityStatus } from '../entities/facility.entity';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import { visibleLinks } from '../visibility';
import { searchCondition } from './search';

/** Facilities having any of the sectors, as a subquery on the indexed `facility_sector` table. */
export function sectorCondition(em: EntityManager, sectors: readonly string[]): FilterQuery<Facility> {
  const keys = [...new Set(sectors.map(sectorKey).filter(Boolean))];
  const inSector = (em as SqlEntityManager)
    .createQueryBuilder(FacilitySector, 's')
    .select('s.facility')
    .where({ sector: { $in: keys } });
  return { id: { $in: raw(inSector) } };
}

export interface FacilityCriteria {
  country?: readonly string[] | null;
  sector?: readonly string[] | null;
  status?: readonly FacilityStatus[] | null;
  search?: string | null;
}

/** The conditions of a facility filter (visibility-free: the registry's facilities are public). */
export function facilityConditions(
  em: EntityManager,
  criteria: FacilityCriteria | null | undefined,
): FilterQuery<Facility>[] {
  const conditions: FilterQuery<Facility>[] = [];
  if (criteria?.country?.length)
    conditions.push({ countryCode: { $in: criteria.country.map((code) => code.trim().toUpperCase()) } });
  if (criteria?.status?.length) conditions.push({ status: { $in: [...criteria.status] } });
  if (criteria?.sector?.length) conditions.push(sectorCondition(em, criteria.sector));
  if (criteria?.search?.trim()) conditions.push(...searchCondition(em, criteria.search));
  return conditions;
}

/** Facilities a buyer sources from, through the links the caller may see: a brand's undisclosed suppliers stay hidden from others. */
function boughtBy(em: EntityManager, principal: Principal, buyerId: string): FilterQuery<Facility> {
  const linked = (em as SqlEntityManager)
    .createQueryBuilder(SupplyChainLink, 'l')
    .select('l.facility')
    .where({ $and: [{ buyer: buyerId, status: 'ACTIVE' }, visibleLinks(principal)] });
  return { id: { $in: raw(linked) } };
}

/** One page of `facilities(filter)`, by name. */
export function findFacilities(
  em: EntityManager,
  principal: Principal,
  filter: (FacilityCriteria & { buyer?: string | null }) | null | undefined,
  { limit, offset }: PageRequest,
): Promise<[Facility[], number]> {
  const conditions = facilityConditions(em, filter);
  if (filter?.buyer) conditions.push(boughtBy(em, principal, filter.buyer));
  return em.findAndCount(Facility, conditions.length ? { $and: conditions } : {}, {
    limit,
    offset,
    orderBy: { name: 'asc', id: 'asc' },
  });
}

/** One page of the facilities an organisation owns or operates, by name. */
export function findOwnedFacilities(
  em: EntityManager,
  ownerId: string,
  { limit, offset }: PageRequest,
): Promise<[Facility[], number]> {
  return em.findAndCount(Facility, { owner: ownerId }, { limit, offset, orderBy: { name: 'asc', id: 'asc' } });
}

/**
 * `facilities(filter: { buyer })` shows which facilities a buyer sources from without returning a
 * link: a regulator's page of them is audited as a read of every undisclosed link abroad it reveals,
 * before the page is released.
 */
export async function auditLinksRevealed(context: Context, buyerId: string, facilities: readonly Facility[]) {
  const { principal } = context;
  const abroad = facilities.filter((facility) => sharingClauseOf(principal, 'SUPPLIER_REGISTRY', facility.countryCode));
  if (!abroad.length) return;
  const links = await context.em.find(
    SupplyChainLink,
    {
      buyer: buyerId,
      status: 'ACTIVE',
      facility: { $in: abroad.map((facility) => facility.id) },
      publiclyDisclosed: false,
    },
    { orderBy: { id: 'asc' } },
  );
  const countryOf = new Map(abroad.map((facility) => [facility.id, facility.countryCode]));
  await Promise.all(
    links.map((link) => {
      const country = countryOf.get(link.facility.id)!;
      return context.loaders.auditedRead.load({
        operation: 'read:SupplyChainLink',
        target: `SupplyChainLink:${link.id}`,
        country,
        detail: `Facility:${link.facility.id}`,
        clause: sharingClauseOf(principal, 'SUPPLIER_REGISTRY', country),
      });
    }),
  );
}
