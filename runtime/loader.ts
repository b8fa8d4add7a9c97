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
  return new DataLoader<Key, Value, CacheKey>(batch, { batchScheduleFn: (dispatch) => setImmediate(dispatch), ...options });
}
