import type { EntityManager } from '@mikro-orm/core';
import { FacilityAlias } from '../entities/facility-alias.entity';
import { Facility } from '../entities/facility.entity';
import { newFacilityId } from '../facility-ids';

/**
 * New ids for facilities in the given countries, unique among facilities, merged ids and
 * `taken` (ids handed out earlier in the same run). Five random base-32 characters per
 * country and day collide now and then in a large list, so collisions are drawn again.
 */
export async function uniqueFacilityIds(em: EntityManager, countries: string[], createdAt: Date, taken: Set<string>): Promise<string[]> {
  const ids = countries.map(() => '');
  let pending = countries.map((_, position) => position);
  while (pending.length > 0) {
    for (const position of pending) {
      let id: string;
      do id = newFacilityId(countries[position], createdAt);
      while (taken.has(id));
      ids[position] = id;
      taken.add(id);
    }
    const drawn = pending.map((position) => ids[position]);
    const facilities = await em.find(Facility, { id: { $in: drawn } }, { fields: ['id'] });
    const aliases = await em.find(FacilityAlias, { id: { $in: drawn } }, { fields: ['id'] });
    const used = new Set([...facilities, ...aliases].map((row) => row.id));
    pending = pending.filter((position) => used.has(ids[position]));
  }
  return ids;
}
