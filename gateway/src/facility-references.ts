import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { validateFacilityId } from '../../vocabulary/facility-id';
import type { Cache } from '../../runtime/cache';
import { serviceUnavailable } from '../../runtime/errors';
import { keepAliveFetch } from '../../runtime/http';
import { logger } from '../../runtime/logger';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest, type Principal } from '../../runtime/principal';
import { REQUEST_ID_HEADER } from '../../runtime/request-log';
import type { GatewayContext } from './data-source';
import { lookupDeadline, referencedValues, type MutationReference } from './mutation-references';

/** A facility a mutation names: where its id is in the arguments, and what an unreachable registry means. */
export interface FacilityReference extends MutationReference {
  /**
   * `proceed`: the write goes ahead unchecked (a worker's grievance is never lost to an outage);
   * the subgraph sees no registry facts for the id and records the facility as unverified.
   * `refuse`: the write must not go ahead unchecked, so it is refused with a retryable
   * SERVICE_UNAVAILABLE and nothing is written — an inspection (a finding against an unknown
   * facility would skew its statistics, and an auditor can retry), a link (the registry's
   * country and owner decide who may see the case).
   */
  whenRegistryDown: 'proceed' | 'refuse';
  /**
   * Whether a recent answer of the registry will do (`KNOWN_FACILITY_SECONDS`): for a filing, that
   * the facility exists. A link takes the registry's current owner and country, so it always asks.
   */
  cached: boolean;
}

/**
 * Mutations whose input names a facility of the registry. A subgraph cannot ask the suppliers
 * subgraph about a facility (no subgraph calls another), so the gateway looks each one up before
 * the mutation runs: an unknown facility is BAD_USER_INPUT and nothing is written; a known one's
 * registry facts (its id, country and owner) go to the subgraphs in the signed principal
 * (`principal.registry`), where a mutation takes them instead of trusting an argument.
 */
export const FACILITY_REFERENCES: Record<string, FacilityReference> = {
  submitInspection: { path: ['input', 'facilityId'], whenRegistryDown: 'refuse', cached: true },
  submitGrievance: { path: ['input', 'facility', 'id'], whenRegistryDown: 'proceed', cached: true },
  linkGrievanceToFacility: { path: ['facilityId'], whenRegistryDown: 'refuse', cached: false },
  // The request goes to the owner the registry names: a recent answer will do, as for a filing.
  requestReportAccess: { path: ['input', 'facilityId'], whenRegistryDown: 'refuse', cached: true },
  // The facility's country decides who may sanction it: never on a guess.
  recordEnforcementAction: { path: ['input', 'facilityId'], whenRegistryDown: 'refuse', cached: true },
};

type RegistryFacts = NonNullable<Principal['registry']>;

type FacilityRow = { id: string; country: { code: string } | null; owner: { id: string } | null } | null;

/**
 * How long a facility the registry knows is remembered: a burst of filings about one facility asks
 * the registry once. Only known facilities are kept (one registered a moment ago is found at once),
 * and briefly, since an owner may change.
 */
export const KNOWN_FACILITY_SECONDS = 30;
const knownFacilityKey = (id: string) => `gateway:facility:${id}`;

/**
 * The registry's facts about `ids` (merged facilities' old ids resolve to the survivor); an id the
 * registry does not know is absent. Null when the registry did not answer properly, or not before
 * `deadline`.
 */
async function lookUpFacilities(
  suppliersUrl: string,
  secret: string,
  ids: string[],
  deadline: number,
  requestId: string | undefined,
): Promise<RegistryFacts | null> {
  const query = `query (${ids.map((_id, index) => `$f${index}: ID!`).join(', ')}) { ${ids.map((_id, index) => `f${index}: facility(id: $f${index}) { id country { code } owner { id } }`).join(' ')} }`;
  const request = signedGraphQLRequest(
    { ...PUBLIC_PRINCIPAL, subject: 'gateway' },
    secret,
    'suppliers',
    { query, variables: Object.fromEntries(ids.map((id, index) => [`f${index}`, id])) },
    { deadline },
  );
  // The id of the first request that asked ties the registry's log lines to it.
  if (requestId) request.headers[REQUEST_ID_HEADER] = requestId;
  const response = await keepAliveFetch(suppliersUrl, {
    ...request,
    signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
  });
  const body = (await response.json()) as { data?: Record<string, FacilityRow>; errors?: unknown[] };
  if (!response.ok || !body.data || body.errors?.length) return null;
  const facts: RegistryFacts = {};
  for (const [index, id] of ids.entries()) {
    const row = body.data[`f${index}`];
    if (!row) continue;
    if (!row.country?.code) return null;
    facts[id] = { id: row.id, country: row.country.code, ownerId: row.owner?.id ?? null };
  }
  return facts;
}

/**
 * The registry's facts about `ids`: unless `fresh`, from the cache where it has them all; else from
 * one lookup, shared by every request that asks about the same facilities at the same time.
 */
function registryFacts(suppliersUrl: () => string | undefined, secret: string, cache: Cache | undefined) {
  const inFlight = new Map<string, Promise<RegistryFacts | null>>();
  return async (ids: string[], fresh: boolean, context: GatewayContext): Promise<RegistryFacts | null> => {
    if (cache && !fresh) {
      const known = await Promise.all(ids.map((id) => cache.get<RegistryFacts[string]>(knownFacilityKey(id))));
      if (known.every(Boolean)) return Object.fromEntries(ids.map((id, index) => [id, known[index]!]));
    }
    const url = suppliersUrl();
    if (!url) return null;
    const batch = [...ids].sort().join(',');
    let lookup = inFlight.get(batch);
    if (!lookup) {
      // Not aborted when this request's client leaves: other requests may be waiting for the same answer.
      lookup = lookUpFacilities(url, secret, ids, lookupDeadline('suppliers', context.deadline), context.requestId);
      inFlight.set(batch, lookup);
      void lookup
        .then(async (facts) => {
          for (const [id, fact] of Object.entries(facts ?? {}))
            await cache?.set(knownFacilityKey(id), fact, KNOWN_FACILITY_SECONDS);
        })
        .catch(() => undefined)
        .finally(() => inFlight.delete(batch));
    }
    return lookup;
  };
}

export function facilityReferenceCheck(
  suppliersUrl: () => string | undefined,
  secret: string,
  cache?: Cache,
): ApolloServerPlugin<GatewayContext> {
  const log = logger('gateway');
  const factsOf = registryFacts(suppliersUrl, secret, cache);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { contextValue } = requestContext;
          const references = referencedValues(requestContext, FACILITY_REFERENCES).flatMap(({ reference, value }) => {
            // Malformed ids are the subgraph's to explain; only well-formed ones are looked up.
            const id = typeof value === 'string' ? value.trim().toUpperCase() : null;
            return id && validateFacilityId(id).ok ? [{ ...reference, path: reference.path.join('.'), id }] : [];
          });
          if (!references.length) return;
          let facts: RegistryFacts | null = null;
          try {
            const fresh = references.some((reference) => !reference.cached);
            facts = await factsOf([...new Set(references.map(({ id }) => id))], fresh, contextValue);
          } catch (error) {
            log.warn({ err: (error as Error).message }, 'facility registry unreachable');
          }
          if (!facts) {
            // An inspection or a link waits for the registry: refused, nothing written, retry later.
            if (references.some((reference) => reference.whenRegistryDown === 'refuse'))
              throw serviceUnavailable(
                'The facility registry cannot answer just now, so the facility could not be checked; nothing was changed. Try again shortly.',
                { retryAfterSeconds: 1, http: { status: 503 } },
              );
            // A grievance goes ahead: a worker's grievance is never lost to an outage. Without the
            // registry's facts the grievances subgraph records the facility as unverified.
            log.warn('facility registry unreachable; grievance filed with its facility unverified');
            return;
          }
          const unknown = references.filter((reference) => !facts[reference.id]);
          if (unknown.length) {
            const ids = [...new Set(unknown.map(({ id }) => id))];
            throw new GraphQLError(`Unknown facility: ${ids.join(', ')} is not in the registry`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                issues: unknown.map((reference) => ({
                  path: reference.path,
                  message: `facility ${reference.id} is not in the registry`,
                })),
                http: { status: 400 },
              },
            });
          }
          // The facts travel in the signed principal of every subgraph request of this operation.
          contextValue.principal = { ...contextValue.principal, registry: facts };
        },
      };
    },
  };
}
