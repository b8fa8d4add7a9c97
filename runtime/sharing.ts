/**
 * The gateway caches a regulator country's cross-border grants under this key; the agreements
 * subgraph deletes it when an agreement between that country and another changes.
 */
export const sharingCacheKey = (country: string) => `sharing:${country}`;
