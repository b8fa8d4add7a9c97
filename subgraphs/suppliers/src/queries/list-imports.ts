import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { PageRequest } from '../../../../runtime/pagination';
import type { Principal } from '../../../../runtime/principal';
import { FacilityListImportRow, type RowOutcome } from '../entities/facility-list-import-row.entity';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { importsVisibleTo } from '../permissions';

/** An import by id, when the caller may read it (its organisation's, or any for admins). */
export async function findVisibleImport(
  em: EntityManager,
  principal: Principal,
  id: string,
): Promise<FacilityListImport | null> {
  const scope = importsVisibleTo(principal);
  if (!scope) return null;
  return em.findOne(FacilityListImport, {
    id,
    ...(scope.organizationId ? { organization: scope.organizationId } : {}),
  });
}

/** One page of an organisation's imports, newest first. */
export function findImportsOf(em: EntityManager, organizationId: string, { limit, offset }: PageRequest) {
  return em.findAndCount(
    FacilityListImport,
    { organization: organizationId },
    { limit, offset, orderBy: { startedAt: 'desc', id: 'desc' } },
  );
}

export interface ImportRowCriteria {
  outcome?: readonly RowOutcome[] | null;
  /** Potential matches awaiting a decision (true), or every other row (false). */
  pending?: boolean | null;
}

/** One page of an import's rows, in file order. */
export function findImportRows(
  em: EntityManager,
  importId: string,
  filter: ImportRowCriteria | null | undefined,
  { limit, offset }: PageRequest,
) {
  const conditions: FilterQuery<FacilityListImportRow>[] = [{ listImport: importId }];
  if (filter?.outcome?.length) conditions.push({ outcome: { $in: [...filter.outcome] } });
  if (filter?.pending === true) conditions.push({ outcome: 'POTENTIAL_MATCH', resolution: null });
  if (filter?.pending === false)
    conditions.push({ $or: [{ outcome: { $ne: 'POTENTIAL_MATCH' } }, { resolution: { $ne: null } }] });
  return em.findAndCount(FacilityListImportRow, { $and: conditions }, { limit, offset, orderBy: { rowNumber: 'asc' } });
}

/** Every row of an import, in file order: what the import mutation answers. */
export const allImportRows = (em: EntityManager, importId: string) =>
  em.find(FacilityListImportRow, { listImport: importId }, { orderBy: { rowNumber: 'asc' } });
