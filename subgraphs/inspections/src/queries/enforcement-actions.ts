import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { childrenLoader, entityLoader } from '../../../../runtime/loader';
import { paginate } from '../../../../runtime/pagination';
import { regulatorCountries, type Principal } from '../../../../runtime/principal';
import type { EnforcementActionFilter } from '../__generated__/resolvers-types';
import { EnforcementAction, EnforcementActionFinding } from '../entities/enforcement-action.entity';
import { visibleInspections } from '../visibility';

/**
 * Which enforcement actions a caller may see, as a query condition (never a filter after loading).
 *
 * - Everyone: published actions.
 * - SUPPLIER: the actions against the facilities it owned when they were recorded.
 * - REGULATOR: its country's actions; abroad, those of countries whose IN_FORCE agreements share
 *   ENFORCEMENT_ACTIONS with its country (in the signed principal). A clause sharing only
 *   INSPECTION_FINDINGS admits none.
 * - ADMIN, BRAND, AUDITOR, UNION, CIVIL_SOCIETY: the published ones, as the public.
 */
export function visibleEnforcementActions(principal: Principal): FilterQuery<EnforcementAction> {
  const admitted: FilterQuery<EnforcementAction>[] = [{ published: true }];
  const organization = principal.organizationId;
  if (principal.role === 'SUPPLIER' && organization) admitted.push({ facilityOwnerId: organization });
  if (principal.role === 'REGULATOR' && principal.country)
    admitted.push({ facilityCountry: { $in: regulatorCountries(principal, 'ENFORCEMENT_ACTIONS') } });
  return admitted.length === 1 ? admitted[0] : { $or: admitted };
}

export function enforcementActionConditions(
  filter: EnforcementActionFilter | null | undefined,
): FilterQuery<EnforcementAction>[] {
  const conditions: FilterQuery<EnforcementAction>[] = [];
  if (filter?.facility) conditions.push({ facilityId: filter.facility.trim().toUpperCase() });
  if (filter?.countries?.length)
    conditions.push({ facilityCountry: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter?.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
  if (filter?.from) conditions.push({ decidedOn: { $gte: filter.from } });
  if (filter?.to) conditions.push({ decidedOn: { $lte: filter.to } });
  return conditions;
}

const ORDER = { decidedOn: 'desc', id: 'desc' } as const;

/** The actions the caller sees, most recently decided first. */
export function enforcementActions(
  em: EntityManager,
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: EnforcementActionFilter | null },
) {
  const where = { $and: [visibleEnforcementActions(principal), ...enforcementActionConditions(args.filter)] };
  return paginate(args, ({ limit, offset }) =>
    em.findAndCount(EnforcementAction, where, { limit, offset, orderBy: ORDER }),
  );
}

/** The per-request loaders of enforcement actions (`loaders.ts` spreads them in). */
export function enforcementActionLoaders(em: EntityManager, principal: Principal) {
  const visible = () => visibleEnforcementActions(principal);
  return {
    enforcementAction: entityLoader(em, EnforcementAction, { condition: visible }),
    enforcementActionsOfFacility: childrenLoader(
      (ids) => em.find(EnforcementAction, { $and: [{ facilityId: { $in: ids } }, visible()] }, { orderBy: ORDER }),
      (action) => action.facilityId,
    ),
    /** The visible actions resting on each finding. */
    enforcementActionsOfFinding: childrenLoader(
      (ids) =>
        em.find(
          EnforcementActionFinding,
          { finding: { $in: ids }, enforcementAction: visible() },
          { populate: ['enforcementAction'], orderBy: { enforcementAction: ORDER } },
        ),
      (link) => link.finding.id,
    ),
    /** The findings of each action, among those the caller may see (their inspections' rules). */
    findingsOfEnforcementAction: childrenLoader(
      (ids) =>
        em.find(
          EnforcementActionFinding,
          { enforcementAction: { $in: ids }, finding: { inspection: visibleInspections(principal, em) } },
          { populate: ['finding', 'finding.inspection'], orderBy: { finding: { position: 'asc', id: 'asc' } } },
        ),
      (link) => link.enforcementAction.id,
    ),
  };
}
