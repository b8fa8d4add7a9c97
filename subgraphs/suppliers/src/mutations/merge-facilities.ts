import { ref, type EntityManager } from '@mikro-orm/core';
import {
  payloadOf,
  Refusal,
  rejectInvalid,
  requireRole,
  runMutation,
  type InputIssue,
} from '../../../../runtime/mutation';
import type { EventDraft } from '../../../../runtime/events';
import type { Context } from '../context';
import { sectorKey } from '../domain/normalise';
import { fieldValuesOf } from '../domain/provenance';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { FacilityListImportRow } from '../entities/facility-list-import-row.entity';
import { FacilitySector } from '../entities/facility-sector.entity';
import { Facility } from '../entities/facility.entity';
import { CURRENT_LINK_STATUSES, SupplyChainLink } from '../entities/supply-chain-link.entity';
import { facilityIdInput } from '../queries/facility-ids';
import { recordMergedSources } from '../queries/provenance-store';

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

/** An administrator merges a duplicate registration into the facility that survives. */
export async function mergeFacilities(context: Context, survivorId: string, duplicateId: string) {
  requireRole(context, ['ADMIN'], 'mergeFacilities');
  const now = context.clock.now();
  const issues: InputIssue[] = [];
  const survivor = facilityIdInput(survivorId, ['survivorId'], now, issues);
  const duplicate = facilityIdInput(duplicateId, ['duplicateId'], now, issues);
  if (survivor && survivor === duplicate)
    issues.push({ path: ['duplicateId'], message: 'a facility cannot be merged into itself' });
  rejectInvalid('The facilities were not merged', issues);

  const outcome = await runMutation(context, {
    operation: 'mergeFacilities',
    write: (tx) => merge(tx, survivor, duplicate, now, context.principal.subject),
    audited: ({ country }) => ({ target: `Facility:${survivor}<-${duplicate}`, country }),
    events: ({ country, earlierMergedIds }) =>
      earlierMergedIds ? [merged(survivor, duplicate, country, earlierMergedIds)] : [],
  });
  const present = async (): Promise<{ survivor: Facility | null; mergedId: string | null }> => ({
    survivor: await context.loaders.facility.load(survivor),
    mergedId: duplicate,
  });
  return payloadOf(outcome, present, { survivor: null, mergedId: null });
}

/**
 * What the other subgraphs learn of a merge: whatever they keep under the merged id, and under the
 * ids merged into it before, belongs to the survivor now. The event is about the facility that goes.
 */
const merged = (survivorId: string, mergedId: string, country: string, earlierMergedIds: string[]): EventDraft => ({
  type: 'FACILITY_MERGED',
  subject: `Facility:${mergedId}`,
  country,
  payload: { survivorId, mergedId, country, earlierMergedIds },
});

/** A merge done: the survivor's country, and the ids merged into the duplicate before (null: merged already). */
type Merge = { country: string; earlierMergedIds: string[] | null };

/**
 * Merges `duplicateId` into `survivorId` inside `tx`: the duplicate's supply-chain links move to
 * the survivor (a buyer linked to both keeps one link), its sectors and product types are added,
 * empty fields are filled from it, and its id becomes an alias of the survivor — as do the ids
 * merged into it before. Merging again what is already merged is a no-op that succeeds, and no news.
 */
async function merge(
  tx: EntityManager,
  survivorId: string,
  duplicateId: string,
  at: Date,
  by: string | null,
): Promise<Merge> {
  const earlier = await tx.findOne(FacilityAlias, { id: duplicateId });
  if (earlier) {
    if (earlier.facility.id === survivorId)
      return { country: (await tx.findOneOrFail(Facility, survivorId)).countryCode, earlierMergedIds: null };
    throw new Refusal('CONFLICT', `${duplicateId} was already merged into ${earlier.facility.id}`, ['duplicateId']);
  }
  const [survivor, duplicate] = await Promise.all([
    tx.findOne(Facility, survivorId),
    tx.findOne(Facility, duplicateId),
  ]);
  if (!survivor) {
    const alias = await tx.findOne(FacilityAlias, { id: survivorId });
    const hint = alias ? `; it was merged into ${alias.facility.id}, merge into that one` : '';
    throw new Refusal('NOT_FOUND', `No facility ${survivorId}${hint}`, ['survivorId']);
  }
  if (!duplicate) throw new Refusal('NOT_FOUND', `No facility ${duplicateId}`, ['duplicateId']);

  const earlierMergedIds = (await tx.find(FacilityAlias, { facility: duplicate.id }, { orderBy: { id: 'asc' } })).map(
    (alias) => alias.id,
  );
  await moveLinks(tx, survivor, duplicate);
  const before = fieldValuesOf(survivor);
  absorbDetails(tx, survivor, duplicate);
  await recordMergedSources(
    tx,
    { survivorId: survivor.id, duplicateId: duplicate.id },
    { before, after: fieldValuesOf(survivor) },
    { recordedAt: at, recordedBy: by },
  );
  // Everything that named the duplicate names the survivor from now on.
  await tx.nativeUpdate(FacilityAlias, { facility: duplicate.id }, { facility: survivor.id });
  await tx.nativeUpdate(Facility, { movedToId: duplicate.id }, { movedToId: survivor.id });
  await tx.nativeUpdate(FacilityListImportRow, { facilityId: duplicate.id }, { facilityId: survivor.id });
  await tx.nativeUpdate(SupplyChainLink, { suppliesFacility: duplicate.id }, { suppliesFacility: survivor.id });
  await tx.nativeUpdate(
    SupplyChainLink,
    { pendingSuppliesFacilityId: duplicate.id },
    { pendingSuppliesFacilityId: survivor.id },
  );
  await tx.flush();
  // The database cascades the duplicate's sector rows and search words.
  await tx.nativeDelete(Facility, { id: duplicate.id });
  tx.create(FacilityAlias, { id: duplicate.id, facility: survivor, mergedAt: at, mergedBy: by });
  await tx.flush();
  return { country: survivor.countryCode, earlierMergedIds };
}

async function moveLinks(tx: EntityManager, survivor: Facility, duplicate: Facility) {
  const links = await tx.find(SupplyChainLink, { facility: { $in: [survivor.id, duplicate.id] } });
  // Ended and declined links are history: they move over as they are; current ones are folded.
  const current = (link: SupplyChainLink) => CURRENT_LINK_STATUSES.includes(link.status);
  const survivorLinks = new Map(
    links.filter((link) => link.facility.id === survivor.id && current(link)).map((link) => [link.buyer.id, link]),
  );
  for (const link of links.filter((each) => each.facility.id === duplicate.id)) {
    const kept = current(link) ? survivorLinks.get(link.buyer.id) : undefined;
    if (!kept) {
      link.facility = ref(survivor);
      continue;
    }
    // One buyer, one link: the closer tier, the longer relationship, all products, disclosed if either was.
    kept.tier = Math.min(kept.tier, link.tier);
    if (kept.tier === 1) kept.suppliesFacility = null;
    kept.since = kept.since < link.since ? kept.since : link.since;
    kept.until = kept.until === null || link.until === null ? null : kept.until > link.until ? kept.until : link.until;
    kept.products = union(kept.products, link.products);
    kept.publiclyDisclosed = kept.publiclyDisclosed || link.publiclyDisclosed;
    if (link.status === 'ACTIVE') kept.status = 'ACTIVE';
    tx.remove(link);
  }
  await tx.flush();
}

function absorbDetails(tx: EntityManager, survivor: Facility, duplicate: Facility) {
  const known = new Set(survivor.sectors.map(sectorKey));
  for (const sector of duplicate.sectors) {
    const key = sectorKey(sector);
    if (!key || known.has(key)) continue;
    known.add(key);
    survivor.sectors = [...survivor.sectors, sector];
    tx.create(FacilitySector, { sector: key, facility: survivor });
  }
  survivor.productTypes = union(survivor.productTypes, duplicate.productTypes);
  survivor.owner ??= duplicate.owner;
  if (survivor.workerCountMin == null)
    [survivor.workerCountMin, survivor.workerCountMax] = [duplicate.workerCountMin, duplicate.workerCountMax];
  if (survivor.latitude == null) [survivor.latitude, survivor.longitude] = [duplicate.latitude, duplicate.longitude];
  survivor.femaleWorkerShare ??= duplicate.femaleWorkerShare;
  survivor.migrantWorkerShare ??= duplicate.migrantWorkerShare;
}
