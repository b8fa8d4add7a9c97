import type { EntityManager } from '@mikro-orm/core';
import { notFoundRefusal, Refusal } from '../../../../runtime/mutation';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { FacilityListImportRow, type MatchResolution } from '../entities/facility-list-import-row.entity';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { Facility } from '../entities/facility.entity';
import { uniqueFacilityIds } from '../queries/facility-ids';
import { rowValues } from '../domain/provenance';
import { registerFacility } from './register-facilities';
import { relateUploader, type UploaderKind } from './uploader';

export type Decision = { confirm: string } | { reject: true };

export interface Decided {
  row: FacilityListImportRow;
  /** The facility the row now stands for. */
  facility: Facility;
}

/**
 * The uploader's decision on a POTENTIAL_MATCH row, inside `tx`: confirming relates it to the
 * chosen candidate, rejecting creates the row's facility as NEW. Pending rows of other uploads
 * of the same row (same fingerprint) are decided alike. Deciding again as before succeeds and
 * changes nothing; deciding otherwise is a CONFLICT. `scope` limits the rows to an
 * organisation's (admins: none); a row outside it is NOT_FOUND.
 */
export async function decidePotentialMatch(
  tx: EntityManager,
  scope: { organizationId?: string },
  rowId: string,
  decision: Decision,
  at: Date,
  by: string | null,
): Promise<Decided> {
  const row = await tx.findOne(FacilityListImportRow, {
    id: rowId,
    ...(scope.organizationId ? { organizationId: scope.organizationId } : {}),
  });
  if (!row) throw notFoundRefusal('import row', rowId, ['rowId']);
  if (row.outcome !== 'POTENTIAL_MATCH' || !row.data) {
    throw new Refusal(
      'CONFLICT',
      `Row ${row.rowNumber} is ${row.outcome}; only potential matches are confirmed or rejected`,
      ['rowId'],
    );
  }
  const resolution: MatchResolution = 'confirm' in decision ? 'CONFIRMED' : 'REJECTED';
  const chosen = 'confirm' in decision ? await chosenCandidate(tx, row, decision.confirm) : null;

  if (row.resolution) {
    const same = row.resolution === resolution && (resolution === 'REJECTED' || row.facilityId === chosen!.id);
    if (!same)
      throw new Refusal('CONFLICT', `Row ${row.rowNumber} was already ${row.resolution.toLowerCase()}`, ['rowId']);
    return { row, facility: await tx.findOneOrFail(Facility, row.facilityId!) };
  }

  const listImport = await tx.findOneOrFail(FacilityListImport, row.listImport.id, { populate: ['organization'] });
  const uploader = {
    organizationId: row.organizationId,
    kind: listImport.organization.getEntity().kind as UploaderKind,
    publiclyDisclosed: listImport.publiclyDisclosed,
  };
  const facilityId = chosen?.id ?? (await uniqueFacilityIds(tx, [row.data.country], at, new Set()))[0];
  const listSource = { listImportId: row.listImport.id, rowNumber: row.rowNumber, recordedAt: at, recordedBy: by };
  // Claim the row (and its twins from other uploads) only if still undecided: of two concurrent decisions one wins.
  const claimed = await tx.nativeUpdate(
    FacilityListImportRow,
    { organizationId: row.organizationId, fingerprint: row.fingerprint, outcome: 'POTENTIAL_MATCH', resolution: null },
    { resolution, facilityId, resolvedAt: at, resolvedBy: by },
  );
  if (claimed === 0)
    throw new Refusal('CONFLICT', `Row ${row.rowNumber} was decided by someone else meanwhile`, ['rowId']);
  const facility =
    chosen ??
    (await registerFacility(
      tx,
      {
        ...rowValues(row.data),
        id: facilityId,
        ownerId: uploader.kind === 'SUPPLIER' ? uploader.organizationId : null,
        createdAt: at,
      },
      { ...listSource, kind: 'LIST_IMPORT', organizationId: row.organizationId },
    ));
  await tx.flush();
  await relateUploader(
    tx,
    uploader,
    [{ facilityId: facility.id, products: row.data.productTypes, rowNumber: row.rowNumber }],
    at.toISOString().slice(0, 10),
    listSource,
  );
  await tx.flush();
  await tx.refresh(row);
  return { row, facility };
}

/** The candidate the uploader confirms (a merged candidate counts as its survivor), or BAD_USER_INPUT. */
async function chosenCandidate(tx: EntityManager, row: FacilityListImportRow, facilityId: string): Promise<Facility> {
  const candidates = await resolveIds(
    tx,
    row.candidates.map((candidate) => candidate.facilityId),
  );
  const chosen = (await resolveIds(tx, [facilityId])).get(facilityId);
  if (chosen && [...candidates.values()].some((candidate) => candidate.id === chosen.id)) return chosen;
  throw new Refusal('BAD_USER_INPUT', `${facilityId} is not a candidate of row ${row.rowNumber}`, ['facilityId']);
}

/** Facilities by id, a merged id resolving to its survivor. */
async function resolveIds(tx: EntityManager, ids: string[]): Promise<Map<string, Facility>> {
  const found = new Map((await tx.find(Facility, { id: { $in: ids } })).map((facility) => [facility.id, facility]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    for (const alias of await tx.find(FacilityAlias, { id: { $in: missing } }, { populate: ['facility'] }))
      found.set(alias.id, alias.facility.getEntity());
  }
  return found;
}
