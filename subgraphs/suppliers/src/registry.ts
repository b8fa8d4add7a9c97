import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { raw, type SqlEntityManager } from '@mikro-orm/knex';
import { insertRows } from './bulk';
import { foldText } from './domain/normalise';
import { FacilitySector } from './entities/facility-sector.entity';
import { Facility, type FacilityStatus } from './entities/facility.entity';
import { FacilitySearchTerm } from './entities/facility-search-term.entity';
import { searchCondition, searchTermsFor, searchTextOf } from './search';

/** What it takes to register a facility; everything else has a default. */
export interface FacilityRegistration {
  id: string;
  name: string;
  address: string;
  countryCode: string;
  sectors?: string[];
  productTypes?: string[];
  workerCountMin?: number | null;
  workerCountMax?: number | null;
  femaleWorkerShare?: number | null;
  migrantWorkerShare?: number | null;
  latitude?: number | null;
  longitude?: number | null;
  ownerId?: string | null;
  status?: FacilityStatus;
  movedToId?: string | null;
  createdAt: Date;
}

/** Sectors compare folded: "Home Textiles", "home textiles" and "Home-Textiles" are one sector. */
export const sectorKey = (sector: string): string => foldText(sector).slice(0, 100);

/**
 * Inserts facilities with their sector rows and (on SQLite) search words. Plain multi-row
 * inserts, not the unit of work: a 20,000-row list import would otherwise spend its time in
 * entity bookkeeping. Pending changes of the caller are flushed first (owners, say).
 */
export async function registerFacilities(em: EntityManager, registrations: FacilityRegistration[]): Promise<void> {
  await em.flush();
  const rows = registrations.map(facilityRow);
  const sectorRows = rows.flatMap((row) => [...new Set(row.sectors.map(sectorKey).filter(Boolean))].map((sector) => ({ sector, facility: row.id })));
  const termRows = rows.flatMap((row) => searchTermsFor(em, row.searchText).map((term) => ({ term, facility: row.id })));
  await insertRows(em, Facility, rows);
  await insertRows(em, FacilitySector, sectorRows);
  await insertRows(em, FacilitySearchTerm, termRows);
}

/** Registers one facility and returns it, managed by `em`. */
export async function registerFacility(em: EntityManager, registration: FacilityRegistration): Promise<Facility> {
  await registerFacilities(em, [registration]);
  return em.findOneOrFail(Facility, registration.id);
}

function facilityRow(registration: FacilityRegistration) {
  return {
    id: registration.id,
    name: registration.name,
    address: registration.address,
    countryCode: registration.countryCode,
    searchText: searchTextOf(registration.name, registration.address).slice(0, 800),
    latitude: registration.latitude ?? null,
    longitude: registration.longitude ?? null,
    sectors: [...new Set((registration.sectors ?? []).map((sector) => sector.trim()).filter(Boolean))],
    productTypes: registration.productTypes ?? [],
    workerCountMin: registration.workerCountMin ?? null,
    workerCountMax: registration.workerCountMax ?? null,
    femaleWorkerShare: registration.femaleWorkerShare ?? null,
    migrantWorkerShare: registration.migrantWorkerShare ?? null,
    owner: registration.ownerId ?? null,
    status: registration.status ?? 'ACTIVE',
    movedToId: registration.movedToId ?? null,
    createdAt: registration.createdAt,
  };
}

/** Facilities having any of the sectors, as a subquery on the indexed `facility_sector` table. */
export function sectorCondition(em: EntityManager, sectors: readonly string[]): FilterQuery<Facility> {
  const keys = [...new Set(sectors.map(sectorKey).filter(Boolean))];
  const inSector = (em as SqlEntityManager).createQueryBuilder(FacilitySector, 's').select('s.facility').where({ sector: { $in: keys } });
  return { id: { $in: raw(inSector) } };
}

export interface FacilityCriteria {
  country?: readonly string[] | null;
  sector?: readonly string[] | null;
  status?: readonly FacilityStatus[] | null;
  search?: string | null;
}

/** The conditions of a facility filter (visibility-free: the registry's facilities are public). */
export function facilityConditions(em: EntityManager, criteria: FacilityCriteria | null | undefined): FilterQuery<Facility>[] {
  const conditions: FilterQuery<Facility>[] = [];
  if (criteria?.country?.length) conditions.push({ countryCode: { $in: criteria.country.map((code) => code.trim().toUpperCase()) } });
  if (criteria?.status?.length) conditions.push({ status: { $in: [...criteria.status] } });
  if (criteria?.sector?.length) conditions.push(sectorCondition(em, criteria.sector));
  if (criteria?.search?.trim()) conditions.push(...searchCondition(em, criteria.search));
  return conditions;
}
