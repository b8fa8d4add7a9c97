import type { EntityManager } from '@mikro-orm/core';
import type { FacilityListRow } from '../domain/facility-list-row';
import { sectorKey } from '../domain/normalise';
import { FacilitySearchTerm } from '../entities/facility-search-term.entity';
import { FacilitySector } from '../entities/facility-sector.entity';
import { Facility, type FacilityStatus } from '../entities/facility.entity';
import { searchTermsFor, searchTextOf } from '../queries/search';

/** Facilities enter the registry here: from list imports (and the demo seed), many at a time. */

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

/** Rows per INSERT statement: at most 17 columns × 1,000 rows stays under SQLite's 32,766 bound variables. */
const INSERT_CHUNK = 1_000;

/**
 * Plain multi-row inserts, bypassing the unit of work: for the many rows of a list import,
 * where entity bookkeeping would cost more than the database. Inside the caller's transaction.
 */
export async function insertRows<Entity extends object>(
  em: EntityManager,
  entity: new () => Entity,
  rows: object[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK)
    await em.insertMany(entity, rows.slice(start, start + INSERT_CHUNK) as never);
}

/**
 * Inserts facilities with their sector rows and (on SQLite) search words. Plain multi-row
 * inserts, not the unit of work: a 20,000-row list import would otherwise spend its time in
 * entity bookkeeping. Pending changes of the caller are flushed first (owners, say).
 */
export async function registerFacilities(em: EntityManager, registrations: FacilityRegistration[]): Promise<void> {
  await em.flush();
  const rows = registrations.map(facilityRow);
  const sectorRows = rows.flatMap((row) =>
    [...new Set(row.sectors.map(sectorKey).filter(Boolean))].map((sector) => ({ sector, facility: row.id })),
  );
  const termRows = rows.flatMap((row) =>
    searchTermsFor(em, row.searchText).map((term) => ({ term, facility: row.id })),
  );
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

/** A list row as a facility of the registry. */
export function registrationOf(row: FacilityListRow) {
  return {
    name: row.name,
    address: row.address,
    countryCode: row.country,
    sectors: row.sectors,
    productTypes: row.productTypes,
    workerCountMin: row.numberOfWorkers?.min ?? null,
    workerCountMax: row.numberOfWorkers?.max ?? null,
    latitude: row.location?.lat ?? null,
    longitude: row.location?.lng ?? null,
  };
}
