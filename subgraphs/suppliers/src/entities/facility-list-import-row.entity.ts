import { EntitySchema, type Ref } from '@mikro-orm/core';
import type { FacilityListRow } from '../domain/facility-list-row';
import { ImportRowOutcome, MatchResolution } from '../__generated__/resolvers-types';
import type { FacilityListImport } from './facility-list-import.entity';

export { MatchResolution };
export type RowOutcome = ImportRowOutcome;

export interface StoredCandidate {
  facilityId: string;
  score: number;
}

/** What became of one row of an uploaded list. */
export class FacilityListImportRow {
  id!: string;
  listImport!: Ref<FacilityListImport>;
  /** Copied from the import: pending matches and fingerprints are looked up per organisation. */
  organizationId!: string;
  /** The spreadsheet row: the header is row 1, the first facility row 2. */
  rowNumber!: number;
  /** The row as read (null for a row that could not be read): what a rejected match is created from. */
  data: FacilityListRow | null = null;
  outcome!: RowOutcome;
  /** The facility created or matched; for a pending potential match, null until resolved. */
  facilityId: string | null = null;
  /** Score of an automatic match (1 = exact). */
  score: number | null = null;
  candidates: StoredCandidate[] = [];
  /** Why a row is an ERROR, or a note on a MATCHED one (e.g. decided by an earlier confirmation). */
  reason: string | null = null;
  /** SHA-256 of organisation, country, normalised name and address: the row's identity across uploads. */
  fingerprint: string | null = null;
  resolution: MatchResolution | null = null;
  resolvedAt: Date | null = null;
  resolvedBy: string | null = null;
}

export const FacilityListImportRowSchema = new EntitySchema<FacilityListImportRow>({
  class: FacilityListImportRow,
  tableName: 'facility_list_import_row',
  uniques: [{ properties: ['listImport', 'rowNumber'] }],
  indexes: [{ properties: ['organizationId', 'fingerprint'] }, { properties: ['facilityId'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    listImport: { kind: 'm:1', entity: 'FacilityListImport', ref: true, deleteRule: 'cascade', fieldName: 'import_id' },
    organizationId: { type: 'string', length: 100 },
    rowNumber: { type: 'integer' },
    data: { type: 'json', nullable: true },
    outcome: { enum: true, items: () => Object.values(ImportRowOutcome), type: 'string' },
    facilityId: { type: 'string', length: 15, nullable: true },
    score: { type: 'double', nullable: true },
    candidates: { type: 'json' },
    reason: { type: 'text', nullable: true },
    fingerprint: { type: 'string', length: 64, nullable: true },
    resolution: { enum: true, items: () => Object.values(MatchResolution), type: 'string', nullable: true },
    resolvedAt: { type: 'Date', nullable: true },
    resolvedBy: { type: 'string', length: 200, nullable: true },
  },
});
