import { auditedReadLoader } from '../../../runtime/audit';
import type { Clock } from '../../../runtime/clock';
import { createLoader, entityLoader } from '../../../runtime/loader';
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../../../runtime/principal';
import { FacilityAlias } from './entities/facility-alias.entity';
import type { FacilityFieldSource } from './entities/facility-field-source.entity';
import type { FacilityListImportRow } from './entities/facility-list-import-row.entity';
import { Facility } from './entities/facility.entity';
import { Organization } from './entities/organization.entity';
import { CURRENT_LINK_STATUSES, SupplyChainLink } from './entities/supply-chain-link.entity';
import type { RecruitmentChannel } from './entities/recruitment-channel.entity';
import { contributionsOfFacilities, sourcesOfFacilities } from './queries/provenance-store';
import { channelsOfFacilities } from './queries/recruitment-channels';
import { visibleLinks } from './visibility';

/**
 * Facilities by id, where the id of a merged facility resolves to its survivor: the ids not
 * found are looked up as aliases in the same batch (one more query, only when some are missing).
 */
function facilitiesById(em: EntityManager) {
  return createLoader<string, Facility | null>(async (ids) => {
    const rows = await em.find(Facility, { id: { $in: [...ids] } });
    const found = new Map<string, Facility>(rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      const aliases = await em.find(
        FacilityAlias,
        { id: { $in: missing } },
        { populate: ['facility'], strategy: 'joined' },
      );
      for (const alias of aliases) found.set(alias.id, alias.facility.getEntity());
    }
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(em: EntityManager, principal: Principal, clock: Clock) {
  return {
    /** Reads of undisclosed links abroad under a sharing clause: one flush per round, before release. */
    auditedRead: auditedReadLoader({ em, principal, clock }),
    organization: entityLoader(em, Organization),
    facility: facilitiesById(em),
    /** The current (ACTIVE or PROPOSED) supply-chain links into each facility that the caller may see. */
    buyersOfFacility: createLoader<string, SupplyChainLink[]>(async (facilityIds) => {
      const links = await em.find(
        SupplyChainLink,
        {
          $and: [
            { facility: { $in: [...facilityIds] }, status: { $in: CURRENT_LINK_STATUSES } },
            visibleLinks(principal),
          ],
        },
        { orderBy: { tier: 'asc', id: 'asc' } },
      );
      const byFacility = new Map<string, SupplyChainLink[]>(facilityIds.map((id) => [id, []]));
      for (const link of links) byFacility.get(link.facility.id)?.push(link);
      return facilityIds.map((id) => byFacility.get(id) ?? []);
    }),
    /** The recruitment channels of each facility that the caller may see (`Facility.recruitmentAgencies`). */
    recruitmentChannelsOfFacility: createLoader<string, RecruitmentChannel[]>((ids) =>
      channelsOfFacilities(em, principal, ids),
    ),
    /** Where each facility's values come from (`Facility.provenance`): one query for a page of facilities. */
    provenanceOfFacility: createLoader<string, FacilityFieldSource[]>((ids) => sourcesOfFacilities(em, ids)),
    /** The list rows that stand for each facility (`Facility.contributions`): one query for a page. */
    contributionsOfFacility: createLoader<string, FacilityListImportRow[]>((ids) => contributionsOfFacilities(em, ids)),
  };
}

export type SuppliersLoaders = ReturnType<typeof createLoaders>;
