import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { audit } from '../../../../runtime/audit';
import type { Clock } from '../../../../runtime/clock';
import type { Principal } from '../../../../runtime/principal';
import { CsvFileError, parseFacilityList, type CsvFileErrorCode, type ListRowResult } from '../domain/csv';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { Organization } from '../entities/organization.entity';
import { writeBatch } from './batch';
import { startRun, type OutcomeCounts } from './run';
import { UPLOADER_KINDS, type UploaderKind } from './uploader';

export const BATCH_SIZE = 500;

/** Why a list was refused before anything was written. */
export class ImportRefused extends Error {
  constructor(
    readonly code: 'FILE' | 'TOO_MANY_ROWS' | 'ORGANIZATION_NOT_FOUND' | 'NOT_AN_UPLOADER',
    message: string,
    readonly fileError?: CsvFileErrorCode,
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}

export interface ImportRequest {
  organizationId: string;
  fileName: string;
  /** The file's bytes (so that a wrong encoding is caught), or text that arrived as such. */
  content: Uint8Array | string;
  /** The content's rows when the caller has read them already (`readFacilityList`). */
  rows?: ListRowResult[];
  publiclyDisclosed?: boolean;
}

export interface ListLimits {
  maxBytes?: number;
  maxRows?: number;
}

export interface ImportOptions extends ListLimits {
  principal: Principal;
  clock: Clock;
  batchSize?: number;
  /** Whether the import records its start in the audit log; false when the caller audits it (the GraphQL mutation). */
  audit?: boolean;
  onProgress?(processedRows: number, totalRows: number): void;
  /** Runs inside each batch's transaction just before it commits (tests inject failures here). */
  beforeCommit?(batch: { number: number; processedRows: number }): void | Promise<void>;
}

export interface ImportResult {
  importId: string;
  /** The same file had an unfinished import, which this one continued. */
  resumed: boolean;
  /** The uploading organisation's country, whose regulator reads the audit entry. */
  country: string;
  totalRows: number;
  counts: OutcomeCounts;
}

/**
 * Imports a facility list: parses it (a file-level problem refuses the whole file, nothing
 * written), then writes it in batches, each batch in its own transaction with the import's
 * progress — so a failure leaves whole batches and no half-written facility, and importing the
 * same file again resumes after the last committed batch. Inside a transaction of the caller
 * (the GraphQL mutation) every batch nests in it and the whole list commits or rolls back.
 */
export async function importFacilityList(
  em: EntityManager,
  request: ImportRequest,
  options: ImportOptions,
): Promise<ImportResult> {
  const rows = request.rows ?? readFacilityList(request.content, options);
  const organization = await em.findOne(Organization, request.organizationId);
  if (!organization) throw new ImportRefused('ORGANIZATION_NOT_FOUND', `No organisation ${request.organizationId}`);
  if (!UPLOADER_KINDS.includes(organization.kind)) {
    throw new ImportRefused(
      'NOT_AN_UPLOADER',
      `${organization.name} is a ${organization.kind}; facility lists are imported for brands and suppliers`,
    );
  }

  const { listImport, resumed } = await openImport(em, request, organization, rows.length, options);
  const uploader = {
    organizationId: organization.id,
    kind: organization.kind as UploaderKind,
    publiclyDisclosed: listImport.publiclyDisclosed,
  };
  const run = startRun(listImport.id, uploader, options.clock, {
    processedRows: listImport.processedRows,
    new: listImport.newCount,
    matched: listImport.matchedCount,
    potentialMatch: listImport.potentialMatchCount,
    error: listImport.errorCount,
  });
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let committedRows = run.processedRows;
  options.onProgress?.(committedRows, rows.length);
  try {
    for (let number = 1; run.processedRows < rows.length; number++) {
      const batch = rows.slice(run.processedRows, run.processedRows + batchSize);
      // A fresh fork per batch keeps the identity map (and each flush) the size of one batch.
      await em.fork({ keepTransactionContext: true }).transactional(async (tx) => {
        await writeBatch(tx, run, batch);
        await options.beforeCommit?.({ number, processedRows: run.processedRows });
      });
      committedRows = run.processedRows;
      options.onProgress?.(committedRows, rows.length);
    }
    await em
      .fork({ keepTransactionContext: true })
      .nativeUpdate(
        FacilityListImport,
        { id: listImport.id },
        { status: 'COMPLETED', finishedAt: options.clock.now() },
      );
  } catch (error) {
    // Within the caller's transaction everything rolls back; on its own the import says where it stopped.
    if (!em.isInTransaction()) {
      const reason = `stopped after ${committedRows} of ${rows.length} rows: ${(error as Error).message.slice(0, 500)}`;
      await em
        .fork()
        .nativeUpdate(
          FacilityListImport,
          { id: listImport.id },
          { status: 'FAILED', failureReason: reason.slice(0, 2000), finishedAt: options.clock.now() },
        );
    }
    throw error;
  }
  return {
    importId: listImport.id,
    resumed,
    country: organization.countryCode,
    totalRows: rows.length,
    counts: run.counts,
  };
}

/** The rows of a list file, or ImportRefused when the file as a whole cannot be imported. Writes nothing. */
export function readFacilityList(content: Uint8Array | string, limits: ListLimits = {}): ListRowResult[] {
  let rows: ListRowResult[];
  try {
    rows = parseFacilityList(content, { maxBytes: limits.maxBytes }).rows;
  } catch (error) {
    if (error instanceof CsvFileError) throw new ImportRefused('FILE', error.reason, error.code);
    throw error;
  }
  if (limits.maxRows !== undefined && rows.length > limits.maxRows) {
    throw new ImportRefused(
      'TOO_MANY_ROWS',
      `the list has ${rows.length} rows; at most ${limits.maxRows} can be imported here`,
    );
  }
  return rows;
}

export const fileDigest = (content: Uint8Array | string) => createHash('sha256').update(content).digest('hex');

/** The unfinished import of the same file by the same organisation, or a new one (audited). */
async function openImport(
  em: EntityManager,
  request: ImportRequest,
  organization: Organization,
  totalRows: number,
  options: ImportOptions,
) {
  const digest = fileDigest(request.content);
  return em.fork({ keepTransactionContext: true }).transactional(async (tx) => {
    const unfinished = await tx.findOne(
      FacilityListImport,
      { organization: organization.id, fileDigest: digest, status: { $ne: 'COMPLETED' } },
      { orderBy: { startedAt: 'desc' } },
    );
    const listImport =
      unfinished ??
      tx.create(FacilityListImport, {
        id: `fli_${randomUUID()}`,
        organization: organization.id,
        uploadedBy: options.principal.subject,
        fileName: request.fileName.slice(0, 300),
        fileDigest: digest,
        publiclyDisclosed: request.publiclyDisclosed ?? false,
        status: 'RUNNING',
        totalRows,
        processedRows: 0,
        newCount: 0,
        matchedCount: 0,
        potentialMatchCount: 0,
        errorCount: 0,
        startedAt: options.clock.now(),
      });
    listImport.status = 'RUNNING';
    listImport.failureReason = null;
    listImport.finishedAt = null;
    const operation = unfinished ? 'resumeFacilityListImport' : 'importFacilityList';
    if (options.audit !== false)
      await audit(
        { principal: options.principal, clock: options.clock, em: tx },
        { operation, target: `FacilityListImport:${listImport.id}`, country: organization.countryCode },
        tx,
      );
    return { listImport, resumed: unfinished !== null };
  });
}
