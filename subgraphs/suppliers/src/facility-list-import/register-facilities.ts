import type { EntityManager } from '@mikro-orm/core';
import { sectorKey } from '../domain/normalise';
import { registrationSources, type SourceStamp } from '../domain/provenance';
import { FacilityFieldSource } from '../entities/facility-field-source.entity';
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
export async function registerFacilities(
  em: EntityManager,
  registrations: FacilityRegistration[],
  /** Where each registration's values come from: one source row per field it holds (none without). */
  sourceOf?: (registration: FacilityRegistration, position: number) => SourceStamp,
): Promise<void> {
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
  if (sourceOf) {
    const sources = rows.flatMap((row, position) =>
      registrationSources(row.id, { ...row, ownerId: row.owner }, sourceOf(registrations[position], position)),
    );
    await insertRows(em, FacilityFieldSource, sources);
  }
}

/** Registers one facility and returns it, managed by `em`. */
export async function registerFacility(
  em: EntityManager,
  registration: FacilityRegistration,
  source?: SourceStamp,
): Promise<Facility> {
  await registerFacilities(em, [registration], source && (() => source));
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
