import type { RecordedRatification } from '../entities/ratification.entity';
import { ratifications as referenceRatifications, type Ratification as ReferenceRatification } from './reference-data';
import type { RatificationStatus } from './vocabulary';

/** A ratification as the graph serves it: the reference record, or a recorded one that supersedes it. */
export interface CurrentRatification {
  countryCode: string;
  conventionCode: string;
  date: string;
  status: RatificationStatus;
  statusSince: string;
  dateCertain: boolean;
  note: string | null;
  source: 'REFERENCE_DATA' | 'RECORDED';
}

const fromReference = (record: ReferenceRatification): CurrentRatification => ({
  countryCode: record.country,
  conventionCode: record.convention,
  date: record.date,
  status: record.status,
  statusSince: record.date,
  dateCertain: record.certain,
  note: record.note,
  source: 'REFERENCE_DATA',
});

export const fromRecorded = (row: RecordedRatification): CurrentRatification => ({
  countryCode: row.countryCode,
  conventionCode: row.conventionCode,
  date: row.date,
  status: row.status,
  statusSince: row.statusSince,
  dateCertain: row.dateCertain,
  note: row.note,
  source: 'RECORDED',
});

const pair = (record: { countryCode: string; conventionCode: string }) =>
  `${record.countryCode}/${record.conventionCode}`;

/**
 * The reference records matching `include`, overlaid by the recorded rows (which the caller has
 * already narrowed the same way in SQL). Ordered by country, then convention code.
 */
export function currentRatifications(
  recorded: readonly RecordedRatification[],
  include: (record: CurrentRatification) => boolean,
) {
  const merged = new Map<string, CurrentRatification>();
  for (const record of referenceRatifications.map(fromReference)) if (include(record)) merged.set(pair(record), record);
  for (const row of recorded) merged.set(pair(row), fromRecorded(row));
  return [...merged.values()].sort((a, b) => pair(a).localeCompare(pair(b)));
}

export type RatificationChange = { ok: true; date: string; statusSince: string } | { ok: false; message: string };

/**
 * What recording `status` on `on` does to the current ratification, if any:
 * - IN_FORCE / NOT_IN_FORCE with nothing recorded, or after a denunciation: a (re-)ratification
 *   registered on `on`, which must come after the denunciation;
 * - NOT_IN_FORCE → IN_FORCE: entry into force on `on`, not before registration;
 * - IN_FORCE / NOT_IN_FORCE → DENOUNCED: denunciation on `on`, after the current status began.
 * Anything else (the same status again, IN_FORCE back to NOT_IN_FORCE, denouncing what was never
 * ratified) is refused.
 */
export function ratificationChange(
  current: CurrentRatification | undefined,
  status: RatificationStatus,
  on: string,
): RatificationChange {
  if (status === 'DENOUNCED') {
    if (!current || current.status === 'DENOUNCED')
      return { ok: false, message: 'Only a ratified convention can be denounced' };
    if (on <= current.statusSince)
      return {
        ok: false,
        message: `The denunciation (${on}) must come after ${current.statusSince}, when the current status began`,
      };
    return { ok: true, date: current.date, statusSince: on };
  }
  if (!current || current.status === 'DENOUNCED') {
    if (current && on <= current.statusSince)
      return {
        ok: false,
        message: `A new ratification (${on}) must come after the denunciation of ${current.statusSince}`,
      };
    return { ok: true, date: on, statusSince: on };
  }
  if (current.status === 'NOT_IN_FORCE' && status === 'IN_FORCE') {
    if (on < current.date)
      return { ok: false, message: `Entry into force (${on}) cannot precede the ratification of ${current.date}` };
    return { ok: true, date: current.date, statusSince: on };
  }
  return {
    ok: false,
    message: `The ratification is already ${current.status} (since ${current.statusSince}); it cannot become ${status}`,
  };
}
