import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * A per-request DataLoader that dispatches its batch once the current round of resolvers has
 * settled (setImmediate), not at the end of the current microtask queue: sibling resolvers whose
 * promise chains differ by a few ticks — or whose parents came back from different I/O — still
 * land in the same batch, so a list costs the same statements whatever its length.
 */
export function createLoader<Key, Value, CacheKey = Key>(
  batch: DataLoader.BatchLoadFn<Key, Value>,
  options: DataLoader.Options<Key, Value, CacheKey> = {},
): DataLoader<Key, Value, CacheKey> {
  return new DataLoader<Key, Value, CacheKey>(batch, {
    batchScheduleFn: (dispatch) => setImmediate(dispatch),
    ...options,
  });
}

type Conditions<Entity> = () => FilterQuery<Entity>;

/**
 * Entities by id in one query per tick, limited to what `condition` admits (the caller's
 * visibility): an invisible row is indistinguishable from a missing one.
 */
export function entityLoader<Entity extends { id: string }>(
  em: EntityManager,
  entity: EntityName<Entity>,
  options: { condition?: Conditions<Entity>; populate?: readonly string[] } = {},
) {
  return createLoader<string, Entity | null>(async (ids) => {
    const byIds = { id: { $in: [...ids] } } as unknown as FilterQuery<Entity>;
    const where = (options.condition ? { $and: [byIds, options.condition()] } : byIds) as FilterQuery<Entity>;
    const rows = (await em.find(entity, where, { populate: (options.populate ?? []) as never })) as Entity[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * The children of many parents in one query per tick, grouped back per parent: `find` loads
 * the children of all the parent ids, `parentOf` says whose child each row is.
 */
export function childrenLoader<Child>(
  find: (parentIds: string[]) => Promise<Child[]>,
  parentOf: (child: Child) => string,
) {
  return createLoader<string, Child[]>(async (parentIds) => {
    const children = await find([...parentIds]);
    const byParent = new Map<string, Child[]>(parentIds.map((id) => [id, []]));
    for (const child of children) byParent.get(parentOf(child))?.push(child);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
