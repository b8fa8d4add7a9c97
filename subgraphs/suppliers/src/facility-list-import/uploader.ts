import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Facility } from '../entities/facility.entity';
import { Organization } from '../entities/organization.entity';
import { CURRENT_LINK_STATUSES, SupplyChainLink } from '../entities/supply-chain-link.entity';
import { sourceRecord } from '../domain/provenance';
import { replaceSources } from '../queries/provenance-store';
import { insertRows } from './register-facilities';

/** Who uploads lists, and what a row of their list means for the facility it stands for. */
export type UploaderKind = 'BRAND' | 'SUPPLIER';
export const UPLOADER_KINDS: readonly string[] = ['BRAND', 'SUPPLIER'];

export interface Uploader {
  organizationId: string;
  kind: UploaderKind;
  /** A brand's links are public when its list is a public disclosure. */
  publiclyDisclosed: boolean;
}

export interface Relation {
  facilityId: string;
  /** Products the row names, for a brand's link. */
  products: string[];
  /** The list row, named as the source of an ownership it sets. */
  rowNumber?: number;
}

/** The list whose rows these are: the source recorded for an ownership they set. */
export interface RelationSource {
  listImportId: string;
  recordedAt: Date;
  recordedBy?: string | null;
}

/**
 * Relates the uploader to facilities its list names: a brand sources from them (a tier-1
 * supply-chain link, unless one exists), a supplier operates them (it becomes the owner of an
 * unowned facility). Returns, per facility, a note when nothing could be done (owned by another).
 * Two queries whatever the number of facilities.
 */
export async function relateUploader(
  tx: EntityManager,
  uploader: Uploader,
  relations: Relation[],
  today: string,
  source?: RelationSource,
): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  const byFacility = new Map<string, Relation>();
  for (const relation of relations)
    if (!byFacility.has(relation.facilityId)) byFacility.set(relation.facilityId, relation);
  if (byFacility.size === 0) return notes;
  const ids = [...byFacility.keys()];

  if (uploader.kind === 'BRAND') {
    const existing = await tx.find(
      SupplyChainLink,
      { buyer: uploader.organizationId, facility: { $in: ids }, status: { $in: CURRENT_LINK_STATUSES } },
      { fields: ['id', 'facility'] },
    );
    const linked = new Set(existing.map((link) => link.facility.id));
    const links = [...byFacility.values()]
      .filter((relation) => !linked.has(relation.facilityId))
      .map((relation) => ({
        id: `scl-${randomUUID()}`,
        buyer: uploader.organizationId,
        facility: relation.facilityId,
        tier: 1,
        since: today,
        until: null,
        products: relation.products,
        publiclyDisclosed: uploader.publiclyDisclosed,
      }));
    await insertRows(tx, SupplyChainLink, links);
    return notes;
  }

  const facilities = await tx.find(Facility, { id: { $in: ids } }, { fields: ['id', 'owner'] });
  const owned: string[] = [];
  for (const facility of facilities) {
    if (!facility.owner) {
      facility.owner = tx.getReference(Organization, uploader.organizationId, { wrapped: true }) as never;
      owned.push(facility.id);
    } else if (facility.owner.id !== uploader.organizationId)
      notes.set(facility.id, 'the facility is registered to another organisation; ownership was not changed');
  }
  await tx.flush();
  if (source)
    await replaceSources(
      tx,
      owned.map((id) => ownershipSource(id, uploader, byFacility.get(id)!, source)),
    );
  return notes;
}

/** A supplier's list row that made it the owner of an unowned facility: the source of that ownership. */
const ownershipSource = (facilityId: string, uploader: Uploader, relation: Relation, source: RelationSource) =>
  sourceRecord(facilityId, 'OWNER', {
    kind: 'LIST_IMPORT',
    organizationId: uploader.organizationId,
    listImportId: source.listImportId,
    rowNumber: relation.rowNumber ?? null,
    recordedAt: source.recordedAt,
    recordedBy: source.recordedBy ?? null,
  });
