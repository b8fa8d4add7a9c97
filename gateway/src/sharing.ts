import type { Cache } from '../../runtime/cache';
import { logger } from '../../runtime/logger';
import { sharingCacheKey } from '../../runtime/sharing';
import {
  DATA_CATEGORIES,
  PUBLIC_PRINCIPAL,
  signPrincipal,
  type DataCategory,
  type Principal,
} from '../../runtime/principal';

export type SharedWith = Partial<Record<DataCategory, string[]>>;

/** How long a regulator's cross-border grants are cached when nothing invalidates them sooner. */
export const SHARING_CACHE_SECONDS = 60;

const QUERY = `query SharingGrants($country: String!) {
  ${DATA_CATEGORIES.map((category) => `${category}: sharingPartners(country: $country, category: ${category}) { code }`).join('\n  ')}
}`;

/**
 * Which countries share which data categories with a regulator's country, from the agreements
 * subgraph (agreements are public data, so the lookup runs as PUBLIC). The gateway adds the
 * answer to the signed principal, so inspections and grievances can enforce cross-border sharing
 * in their own queries without calling another subgraph. If agreements cannot answer, the
 * regulator gets no cross-border access for this request (fail closed) and nothing is cached.
 */
export function createSharingLookup(agreementsUrl: () => string | undefined, secret: string, cache: Cache) {
  const log = logger('gateway');
  return async (country: string): Promise<SharedWith> => {
    const cached = await cache.get<SharedWith>(sharingCacheKey(country));
    if (cached) return cached;
    const url = agreementsUrl();
    if (!url) return {};
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signPrincipal({ ...PUBLIC_PRINCIPAL, subject: 'gateway' }, secret),
        },
        body: JSON.stringify({ query: QUERY, variables: { country } }),
        signal: AbortSignal.timeout(3_000),
      });
      const body = (await response.json()) as {
        data?: Record<DataCategory, { code: string }[] | null>;
        errors?: unknown[];
      };
      if (!response.ok || !body.data || body.errors?.length) throw new Error(`agreements answered ${response.status}`);
      const sharedWith = Object.fromEntries(
        DATA_CATEGORIES.map((category) => [
          category,
          (body.data![category] ?? []).map((partner) => partner.code).filter((code) => code !== country),
        ]),
      ) as SharedWith;
      await cache.set(sharingCacheKey(country), sharedWith, SHARING_CACHE_SECONDS);
      return sharedWith;
    } catch (error) {
      log.warn(
        { err: (error as Error).message, country },
        'cross-border sharing lookup failed; no cross-border access for this request',
      );
      return {};
    }
  };
}

/** Adds a regulator's cross-border grants to its principal. */
export async function withSharing(
  principal: Principal,
  lookup: (country: string) => Promise<SharedWith>,
): Promise<Principal> {
  if (principal.role !== 'REGULATOR' || !principal.country) return principal;
  return { ...principal, sharedWith: await lookup(principal.country) };
}
