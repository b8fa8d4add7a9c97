import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../../../runtime/clock';
import type { ListRowResult } from '../domain/csv';
import { createMatchIndex, type MatchIndex } from '../domain/matching';
import { exactMatchKey } from '../domain/normalise';
import { Facility } from '../entities/facility.entity';
import type { Uploader } from './uploader';

export interface OutcomeCounts {
  new: number;
  matched: number;
  potentialMatch: number;
  error: number;
}

/**
 * The state of one import while it runs: the match index (the registry of every country the
 * list names, loaded once per country, plus the facilities this run created), the ids it
 * handed out and its counts. It lives only as long as the run: when a batch fails the run
 * ends, and a resumed import builds a new one from the committed state.
 */
export interface ImportRun {
  importId: string;
  uploader: Uploader;
  clock: Clock;
  index: MatchIndex;
  loadedCountries: Set<string>;
  /** Placeholder ids the index knows this run's new facilities by → their real ids. */
  createdIds: Map<string, string>;
  /** Every id handed out by this run, so that none is handed out twice. */
  takenIds: Set<string>;
  counts: OutcomeCounts;
  processedRows: number;
}

export function startRun(
  importId: string,
  uploader: Uploader,
  clock: Clock,
  committed: OutcomeCounts & { processedRows: number },
): ImportRun {
  const { processedRows, ...counts } = committed;
  return {
    importId,
    uploader,
    clock,
    index: createMatchIndex([]),
    loadedCountries: new Set(),
    createdIds: new Map(),
    takenIds: new Set(),
    counts,
    processedRows,
  };
}

/** A placeholder for a facility created by row `rowNumber`, until its id is drawn. */
export const placeholderId = (rowNumber: number) => `+${rowNumber}`;
export const realId = (run: ImportRun, id: string) => run.createdIds.get(id) ?? id;

/** The same row from the same uploader, however often and in whichever file it comes. */
export function rowFingerprint(organizationId: string, country: string, name: string, address: string): string {
  return createHash('sha256')
    .update(`${organizationId}|${exactMatchKey(country, name, address)}`)
    .digest('hex');
}

/**
 * Adds the registry's facilities in the countries of these rows that the index lacks: one query
 * for all of them, selecting only what matching reads (no entities are hydrated). Moved
 * facilities are left out — their successor is the facility to match.
 */
export async function loadCountries(em: EntityManager, run: ImportRun, rows: ListRowResult[]): Promise<void> {
  const missing = [...new Set(rows.flatMap((result) => (result.ok ? [result.row.country] : [])))].filter(
    (country) => !run.loadedCountries.has(country),
  );
  if (missing.length === 0) return;
  const registered = await (em as SqlEntityManager)
    .createQueryBuilder(Facility, 'f')
    .select(['f.id', 'f.name', 'f.address', 'f.countryCode'])
    .where({ countryCode: { $in: missing }, status: { $ne: 'MOVED' } })
    .execute<{ id: string; name: string; address: string; countryCode: string }[]>('all', true);
  for (const facility of registered)
    run.index.add({ id: facility.id, name: facility.name, address: facility.address, country: facility.countryCode });
  for (const country of missing) run.loadedCountries.add(country);
}
