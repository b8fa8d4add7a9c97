import type { EntityManager } from '@mikro-orm/core';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { FacilityListImportRow, type MatchResolution } from '../entities/facility-list-import-row.entity';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { Facility } from '../entities/facility.entity';
import { registerFacility } from '../registry';
import { registrationOf } from './batch';
import { uniqueFacilityIds } from './facility-ids';
import type { UploaderKind } from './uploader';
import { relateUploader } from './uploader';

export type Decision = { confirm: string } | { reject: true };

export type DecisionOutcome =
  | { ok: true; row: FacilityListImportRow; facility: Facility }
  | { ok: false; code: 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT'; message: string; field: string };

/**
 * The uploader's decision on a POTENTIAL_MATCH row, inside `tx`: confirming relates it to the
 * chosen candidate, rejecting creates the row's facility as NEW. Pending rows of other uploads
 * of the same row (same fingerprint) are decided alike. Deciding again as before succeeds and
 * changes nothing; deciding otherwise is a CONFLICT.
 */
export async function decidePotentialMatch(
  tx: EntityManager,
  scope: { organizationId?: string },
  rowId: string,
  decision: Decision,
  at: Date,
  by: string | null,
): Promise<DecisionOutcome> {
  const row = await tx.findOne(FacilityListImportRow, { id: rowId, ...(scope.organizationId ? { organizationId: scope.organizationId } : {}) });
  if (!row) return { ok: false, code: 'NOT_FOUND', message: `No import row ${rowId}`, field: 'rowId' };
  if (row.outcome !== 'POTENTIAL_MATCH' || !row.data) {
    return { ok: false, code: 'CONFLICT', message: `Row ${row.rowNumber} is ${row.outcome}; only potential matches are confirmed or rejected`, field: 'rowId' };
  }
  const resolution: MatchResolution = 'confirm' in decision ? 'CONFIRMED' : 'REJECTED';
  let facility: Facility | null;
  if ('confirm' in decision) {
    const candidates = await resolveIds(tx, row.candidates.map((candidate) => candidate.facilityId));
    const chosen = (await resolveIds(tx, [decision.confirm])).get(decision.confirm);
    facility = chosen && [...candidates.values()].some((candidate) => candidate.id === chosen.id) ? chosen : null;
    if (!facility) return { ok: false, code: 'BAD_USER_INPUT', message: `${decision.confirm} is not a candidate of row ${row.rowNumber}`, field: 'facilityId' };
  } else {
    facility = null;
  }

  if (row.resolution) {
    const same = row.resolution === resolution && (resolution === 'REJECTED' || row.facilityId === facility!.id);
    if (!same) return { ok: false, code: 'CONFLICT', message: `Row ${row.rowNumber} was already ${row.resolution.toLowerCase()}`, field: 'rowId' };
    return { ok: true, row, facility: await tx.findOneOrFail(Facility, row.facilityId!) };
  }

  const listImport = await tx.findOneOrFail(FacilityListImport, row.listImport.id, { populate: ['organization'] });
  const uploader = { organizationId: row.organizationId, kind: listImport.organization.getEntity().kind as UploaderKind, publiclyDisclosed: listImport.publiclyDisclosed };
  const facilityId = facility?.id ?? (await uniqueFacilityIds(tx, [row.data.country], at, new Set()))[0];
  // Claim the row (and its twins from other uploads) only if still undecided: of two concurrent decisions one wins.
  const claimed = await tx.nativeUpdate(
    FacilityListImportRow,
    { organizationId: row.organizationId, fingerprint: row.fingerprint, outcome: 'POTENTIAL_MATCH', resolution: null },
    { resolution, facilityId, resolvedAt: at, resolvedBy: by },
  );
  if (claimed === 0) return { ok: false, code: 'CONFLICT', message: `Row ${row.rowNumber} was decided by someone else meanwhile`, field: 'rowId' };
  facility ??= await registerFacility(tx, { ...registrationOf(row.data), id: facilityId, ownerId: uploader.kind === 'SUPPLIER' ? uploader.organizationId : null, createdAt: at });
  await tx.flush();
  await relateUploader(tx, uploader, [{ facilityId: facility.id, products: row.data.productTypes }], at.toISOString().slice(0, 10));
  await tx.flush();
  await tx.refresh(row);
  return { ok: true, row, facility };
}

/** Facilities by id, a merged id resolving to its survivor. */
async function resolveIds(tx: EntityManager, ids: string[]): Promise<Map<string, Facility>> {
  const found = new Map((await tx.find(Facility, { id: { $in: ids } })).map((facility) => [facility.id, facility]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    for (const alias of await tx.find(FacilityAlias, { id: { $in: missing } }, { populate: ['facility'] })) found.set(alias.id, alias.facility.getEntity());
  }
  return found;
}
