import { EntitySchema, type Ref } from '@mikro-orm/core';
import { FacilityListImportStatus } from '../__generated__/resolvers-types';
import type { Organization } from './organization.entity';

export type ImportStatus = FacilityListImportStatus;

/**
 * One upload of a facility list (Open Supply Hub's CSV layout) by an organisation. Rows are
 * written in batches, each batch in one transaction together with `processedRows` and the
 * counts, so a failed import can be resumed from the first row it did not commit.
 */
export class FacilityListImport {
  id!: string;
  organization!: Ref<Organization>;
  /** Subject of the person (or `cli:<user>`) who uploaded. */
  uploadedBy: string | null = null;
  fileName!: string;
  /** SHA-256 of the file's bytes: the same file again resumes an unfinished import. */
  fileDigest!: string;
  /** A brand's list links its supply chain publicly when true. */
  publiclyDisclosed = false;
  status: ImportStatus = 'RUNNING';
  totalRows = 0;
  processedRows = 0;
  newCount = 0;
  matchedCount = 0;
  potentialMatchCount = 0;
  errorCount = 0;
  failureReason: string | null = null;
  startedAt!: Date;
  finishedAt: Date | null = null;
}

export const FacilityListImportSchema = new EntitySchema<FacilityListImport>({
  class: FacilityListImport,
  tableName: 'facility_list_import',
  indexes: [{ properties: ['organization', 'fileDigest'] }, { properties: ['organization', 'startedAt'] }],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade' },
    uploadedBy: { type: 'string', length: 200, nullable: true },
    fileName: { type: 'string', length: 300 },
    fileDigest: { type: 'string', length: 64 },
    publiclyDisclosed: { type: 'boolean', default: false },
    status: { enum: true, items: () => Object.values(FacilityListImportStatus), type: 'string', default: 'RUNNING' },
    totalRows: { type: 'integer', default: 0 },
    processedRows: { type: 'integer', default: 0 },
    newCount: { type: 'integer', default: 0 },
    matchedCount: { type: 'integer', default: 0 },
    potentialMatchCount: { type: 'integer', default: 0 },
    errorCount: { type: 'integer', default: 0 },
    failureReason: { type: 'text', nullable: true },
    startedAt: { type: 'Date' },
    finishedAt: { type: 'Date', nullable: true },
  },
});
