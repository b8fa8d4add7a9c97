import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { FacilityListRow, ListRowResult } from '../domain/csv';
import {
  FacilityListImportRow,
  type RowOutcome,
  type StoredCandidate,
} from '../entities/facility-list-import-row.entity';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { uniqueFacilityIds } from '../queries/facility-ids';
import { rowValues } from '../domain/provenance';
import { insertRows, registerFacilities } from './register-facilities';
import { loadCountries, placeholderId, realId, rowFingerprint, type ImportRun } from './run';
import { relateUploader } from './uploader';

const COUNTED = { NEW: 'new', MATCHED: 'matched', POTENTIAL_MATCH: 'potentialMatch', ERROR: 'error' } as const;

interface Decision {
  rowNumber: number;
  row: FacilityListRow | null;
  fingerprint: string | null;
  outcome: RowOutcome;
  /** A real id, or a placeholder for a facility this run creates. */
  facilityId: string | null;
  score: number | null;
  candidates: StoredCandidate[];
  reason: string | null;
}

/**
 * Writes one batch of rows inside the caller's transaction: the facilities its NEW rows create,
 * the uploader's links or ownership, a record per row, and the import's progress. Matching runs
 * in memory against the run's index; the database sees a fixed number of statements per batch
 * (plus the inserts), whatever the batch holds.
 */
export async function writeBatch(tx: EntityManager, run: ImportRun, rows: ListRowResult[]): Promise<void> {
  await loadCountries(tx, run, rows);
  const fingerprints = new Map(
    rows.flatMap((result) => (result.ok ? [[result.rowNumber, fingerprintOf(run, result.row)] as const] : [])),
  );
  const earlier = await earlierDecisions(tx, run, [...new Set(fingerprints.values())]);
  const decisions = rows.map((result) => decide(run, result, fingerprints.get(result.rowNumber) ?? null, earlier));
  await createFacilities(tx, run, decisions);

  const today = run.clock.now().toISOString().slice(0, 10);
  const related = decisions.filter(
    (decision) => decision.facilityId && (decision.outcome === 'NEW' || decision.outcome === 'MATCHED'),
  );
  const notes = await relateUploader(
    tx,
    run.uploader,
    related.map((decision) => ({
      facilityId: realId(run, decision.facilityId!),
      products: decision.row?.productTypes ?? [],
      rowNumber: decision.rowNumber,
    })),
    today,
    { listImportId: run.importId, recordedAt: run.clock.now() },
  );

  const records = decisions.map((decision) => {
    const facilityId = decision.facilityId ? realId(run, decision.facilityId) : null;
    run.counts[COUNTED[decision.outcome]]++;
    return {
      id: `flr_${randomUUID()}`,
      listImport: run.importId,
      organizationId: run.uploader.organizationId,
      rowNumber: decision.rowNumber,
      data: decision.row,
      outcome: decision.outcome,
      facilityId,
      score: decision.score,
      candidates: decision.candidates.map((candidate) => ({
        ...candidate,
        facilityId: realId(run, candidate.facilityId),
      })),
      reason: decision.reason ?? (facilityId ? (notes.get(facilityId) ?? null) : null),
      fingerprint: decision.fingerprint,
      resolution: null,
      resolvedAt: null,
      resolvedBy: null,
    };
  });
  await insertRows(tx, FacilityListImportRow, records);
  run.processedRows += rows.length;
  await tx.nativeUpdate(
    FacilityListImport,
    { id: run.importId },
    {
      processedRows: run.processedRows,
      newCount: run.counts.new,
      matchedCount: run.counts.matched,
      potentialMatchCount: run.counts.potentialMatch,
      errorCount: run.counts.error,
    },
  );
}

type Earlier = { facilityId: string } | { candidates: StoredCandidate[] };

/**
 * What became of the same rows in earlier uploads by the same organisation: the facility they
 * ended with (a person's decision overriding what matching said), or the candidates of a
 * potential match still awaiting a decision. Re-importing a list thus repeats its outcomes
 * instead of matching again against a registry the list itself has grown.
 */
async function earlierDecisions(
  tx: EntityManager,
  run: ImportRun,
  fingerprints: string[],
): Promise<Map<string, Earlier>> {
  if (fingerprints.length === 0) return new Map();
  const earlier = await tx.find(
    FacilityListImportRow,
    {
      organizationId: run.uploader.organizationId,
      fingerprint: { $in: fingerprints },
      listImport: { $ne: run.importId },
      $or: [{ facilityId: { $ne: null } }, { outcome: 'POTENTIAL_MATCH' }],
    },
    { fields: ['fingerprint', 'facilityId', 'resolution', 'candidates'] },
  );
  const rank = (row: Pick<FacilityListImportRow, 'resolution' | 'facilityId'>) =>
    row.resolution ? 2 : row.facilityId ? 1 : 0;
  earlier.sort((a, b) => rank(a) - rank(b));
  return new Map(
    earlier.map((row) => [
      row.fingerprint!,
      row.facilityId ? { facilityId: row.facilityId } : { candidates: row.candidates },
    ]),
  );
}

const fingerprintOf = (run: ImportRun, row: FacilityListRow) =>
  rowFingerprint(run.uploader.organizationId, row.country, row.name, row.address);

function decide(
  run: ImportRun,
  result: ListRowResult,
  fingerprint: string | null,
  earlier: Map<string, Earlier>,
): Decision {
  const base = { rowNumber: result.rowNumber, score: null, candidates: [], reason: null, facilityId: null };
  if (!result.ok) return { ...base, row: null, fingerprint: null, outcome: 'ERROR', reason: result.reason };
  const { row } = result;
  const before = earlier.get(fingerprint!);
  if (before && 'facilityId' in before) {
    return {
      ...base,
      row,
      fingerprint,
      outcome: 'MATCHED',
      facilityId: before.facilityId,
      reason: 'as decided for the same row in an earlier upload',
    };
  }
  if (before)
    return {
      ...base,
      row,
      fingerprint,
      outcome: 'POTENTIAL_MATCH',
      candidates: before.candidates,
      reason: 'the same row of an earlier upload awaits a decision',
    };

  const match = run.index.match(row);
  if (match.outcome === 'MATCHED')
    return { ...base, row, fingerprint, outcome: 'MATCHED', facilityId: match.facilityId, score: match.score };
  if (match.outcome === 'POTENTIAL_MATCH')
    return { ...base, row, fingerprint, outcome: 'POTENTIAL_MATCH', candidates: match.candidates };
  // A later row of the same list may be this facility again: it must find it.
  const facilityId = placeholderId(result.rowNumber);
  run.index.add({ id: facilityId, country: row.country, name: row.name, address: row.address });
  return { ...base, row, fingerprint, outcome: 'NEW', facilityId };
}

async function createFacilities(tx: EntityManager, run: ImportRun, decisions: Decision[]): Promise<void> {
  const fresh = decisions.filter((decision) => decision.outcome === 'NEW');
  if (fresh.length === 0) return;
  const now = run.clock.now();
  const ids = await uniqueFacilityIds(
    tx,
    fresh.map((decision) => decision.row!.country),
    now,
    run.takenIds,
  );
  fresh.forEach((decision, position) => run.createdIds.set(decision.facilityId!, ids[position]));
  const ownerId = run.uploader.kind === 'SUPPLIER' ? run.uploader.organizationId : null;
  await registerFacilities(
    tx,
    fresh.map((decision, position) => ({
      ...rowValues(decision.row!),
      id: ids[position],
      ownerId,
      createdAt: now,
    })),
    (_registration, position) => ({
      kind: 'LIST_IMPORT',
      organizationId: run.uploader.organizationId,
      listImportId: run.importId,
      rowNumber: fresh[position].rowNumber,
      recordedAt: now,
    }),
  );
}
