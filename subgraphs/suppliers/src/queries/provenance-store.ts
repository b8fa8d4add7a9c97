import type { EntityManager } from '@mikro-orm/core';
import type { FacilityField } from '../__generated__/resolvers-types';
import { differingFields, type FieldSourceRecord, type FieldValues } from '../domain/provenance';
import { mergedSources } from '../domain/provenance-merge';
import { FacilityFieldSource } from '../entities/facility-field-source.entity';
import { FacilityListImportRow } from '../entities/facility-list-import-row.entity';
import { insertRows } from '../facility-list-import/register-facilities';

/**
 * The SQL of provenance: writing the source of the values just written (plain multi-row inserts,
 * inside the caller's transaction, as the list import writes its rows), and the batched reads
 * behind `Facility.provenance` and `Facility.contributions`.
 */

/** Sources of facilities that had none (new registrations): inserts only. */
export async function insertSources(em: EntityManager, records: FieldSourceRecord[]): Promise<void> {
  await insertRows(em, FacilityFieldSource, records);
}

/** Sources of values that replace earlier ones: each field's previous source goes. */
export async function replaceSources(em: EntityManager, records: FieldSourceRecord[]): Promise<void> {
  if (records.length === 0) return;
  await em.nativeDelete(FacilityFieldSource, { id: { $in: records.map((record) => record.id) } });
  await insertRows(em, FacilityFieldSource, records);
}

/** The stored sources of one facility's fields (inside a write, e.g. a merge). */
export async function sourcesOf(em: EntityManager, facilityId: string, fields: FacilityField[]) {
  if (fields.length === 0) return [];
  return em.find(FacilityFieldSource, { facility: facilityId, field: { $in: fields } });
}

/** The sources of a page of facilities: one query. */
export async function sourcesOfFacilities(em: EntityManager, facilityIds: readonly string[]) {
  const rows = await em.find(FacilityFieldSource, { facility: { $in: [...facilityIds] } }, { orderBy: { id: 'asc' } });
  return groupBy(facilityIds, rows, (row) => row.facility.id);
}

/**
 * The list rows that stand for a page of facilities (a merge re-points the merged facility's rows
 * to the survivor), with their import: one query. A potential match awaiting a decision stands for
 * no facility yet; a row that could not be read stands for none.
 */
export async function contributionsOfFacilities(em: EntityManager, facilityIds: readonly string[]) {
  const rows = await em.find(
    FacilityListImportRow,
    { facilityId: { $in: [...facilityIds] }, outcome: { $in: ['NEW', 'MATCHED', 'POTENTIAL_MATCH'] } },
    { populate: ['listImport'], strategy: 'joined', orderBy: { id: 'asc' } },
  );
  return groupBy(facilityIds, rows, (row) => row.facilityId!);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * After a merge changed the survivor's values (`before` → `after`): the sources of the fields it
 * changed, taken over from the merged facility or the merge's own (`mergedSources`). Runs before
 * the merged facility is deleted, which removes its own sources.
 */
export async function recordMergedSources(
  em: EntityManager,
  ids: { survivorId: string; duplicateId: string },
  values: { before: FieldValues; after: FieldValues },
  stamp: { recordedAt: Date; recordedBy: string | null },
): Promise<void> {
  const changed = differingFields(values.after, values.before);
  const duplicateSources = (await sourcesOf(em, ids.duplicateId, changed)).map(({ facility: _f, ...rest }) => rest);
  await replaceSources(
    em,
    mergedSources(ids.survivorId, ids.duplicateId, values.before, values.after, duplicateSources, stamp),
  );
}
