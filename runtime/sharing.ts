import type { Cache } from './cache';
import { logger } from './logger';
import {
  DATA_CATEGORIES,
  PUBLIC_PRINCIPAL,
  signedGraphQLRequest,
  type DataCategory,
  type Principal,
} from './principal';

/**
 * The gateway caches a regulator country's cross-border grants under this key; the agreements
 * subgraph deletes it when an agreement between that country and another changes.
 */
export const sharingCacheKey = (country: string) => `sharing:${country}`;

export type SharedWith = Partial<Record<DataCategory, string[]>>;
/** Per data category and sending country, the agreements in force that share it. */
export type SharingAgreements = Partial<Record<DataCategory, Record<string, string[]>>>;
/** What the gateway adds to a regulator's principal. */
export interface Sharing {
  sharedWith: SharedWith;
  sharingAgreements: SharingAgreements;
}

const NO_SHARING: Sharing = { sharedWith: {}, sharingAgreements: {} };

/** How long a regulator's cross-border grants are cached when nothing invalidates them sooner. */
export const SHARING_CACHE_SECONDS = 60;

const QUERY = `query SharingGrants($country: String!) {
  sharingGrants(filter: { to: $country }) { category from { code } agreement { id } }
}`;

type Grant = { category: DataCategory; from: { code: string }; agreement: { id: string } };

/** The grants into `country`, per category: the sending countries and the agreements naming each. */
export function sharingOf(country: string, grants: readonly Grant[]): Sharing {
  const sharing: Sharing = { sharedWith: {}, sharingAgreements: {} };
  for (const category of DATA_CATEGORIES) {
    const agreements: Record<string, string[]> = {};
    for (const grant of grants) {
      if (grant.category !== category || grant.from.code === country) continue;
      const ids = (agreements[grant.from.code] ??= []);
      if (!ids.includes(grant.agreement.id)) ids.push(grant.agreement.id);
    }
    sharing.sharedWith[category] = Object.keys(agreements).sort();
    sharing.sharingAgreements[category] = agreements;
  }
  return sharing;
}

/**
 * Which countries share which data categories with a regulator's country, and under which
 * agreements, from the agreements subgraph's sharing grants (agreements are public data, so the
 * lookup runs as PUBLIC). The gateway adds the answer to the signed principal, so inspections and grievances can enforce cross-border sharing
 * in their own queries without calling another subgraph. If agreements cannot answer, the
 * regulator gets no cross-border access for this request (fail closed) and nothing is cached.
 */
export function createSharingLookup(
  agreementsUrl: () => string | undefined,
  secret: string,
  cache: Cache,
  /** `throw`: a lookup that fails throws instead (event delivery tries again later rather than withhold). */
  onFailure: 'no-sharing' | 'throw' = 'no-sharing',
) {
  const log = logger('gateway');
  return async (country: string): Promise<Sharing> => {
    const cached = await cache.get<Sharing>(sharingCacheKey(country));
    if (cached?.sharedWith && cached.sharingAgreements) return cached;
    const url = agreementsUrl();
    if (!url && onFailure === 'throw') throw new Error('no address for the agreements subgraph');
    if (!url) return NO_SHARING;
    try {
      const response = await fetch(url, {
        ...signedGraphQLRequest({ ...PUBLIC_PRINCIPAL, subject: 'gateway' }, secret, 'agreements', {
          query: QUERY,
          variables: { country },
        }),
        signal: AbortSignal.timeout(3_000),
      });
      const body = (await response.json()) as { data?: { sharingGrants: Grant[] | null }; errors?: unknown[] };
      if (!response.ok || !body.data?.sharingGrants || body.errors?.length)
        throw new Error(`agreements answered ${response.status}`);
      const sharing = sharingOf(country, body.data.sharingGrants);
      await cache.set(sharingCacheKey(country), sharing, SHARING_CACHE_SECONDS);
      return sharing;
    } catch (error) {
      if (onFailure === 'throw') throw error;
      log.warn(
        { err: (error as Error).message, country },
        'cross-border sharing lookup failed; no cross-border access for this request',
      );
      return NO_SHARING;
    }
  };
}

/** Adds a regulator's cross-border grants to its principal. */
export async function withSharing(
  principal: Principal,
  lookup: (country: string) => Promise<Sharing>,
): Promise<Principal> {
  if (principal.role !== 'REGULATOR' || !principal.country) return principal;
  const { sharedWith, sharingAgreements } = await lookup(principal.country);
  return { ...principal, sharedWith, sharingAgreements };
}
