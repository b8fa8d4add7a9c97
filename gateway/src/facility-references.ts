import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { validateFacilityId } from '../../vocabulary/facility-id';
import { serviceUnavailable } from '../../runtime/errors';
import { logger } from '../../runtime/logger';
import { PUBLIC_PRINCIPAL, signedGraphQLRequest, type Principal } from '../../runtime/principal';
import type { GatewayContext } from './data-source';

/** A facility a mutation names: where its id is in the arguments, and what an unreachable registry means. */
export interface FacilityReference {
  path: string[];
  /**
   * `proceed`: the write goes ahead unchecked (a worker's grievance is never lost to an outage).
   * `refuse`: the write needs the registry's facts (its country and owner decide who may see the
   * case), so it is refused with a retryable SERVICE_UNAVAILABLE and nothing is written.
   */
  whenRegistryDown: 'proceed' | 'refuse';
}

/**
 * Mutations whose input names a facility of the registry. A subgraph cannot ask the suppliers
 * subgraph about a facility (no subgraph calls another), so the gateway looks each one up before
 * the mutation runs: an unknown facility is BAD_USER_INPUT and nothing is written; a known one's
 * registry facts (its id, country and owner) go to the subgraphs in the signed principal
 * (`principal.registry`), where a mutation takes them instead of trusting an argument.
 */
export const FACILITY_REFERENCES: Record<string, FacilityReference> = {
  submitInspection: { path: ['input', 'facilityId'], whenRegistryDown: 'proceed' },
  submitGrievance: { path: ['input', 'facility', 'id'], whenRegistryDown: 'proceed' },
  linkGrievanceToFacility: { path: ['facilityId'], whenRegistryDown: 'refuse' },
};

type RegistryFacts = NonNullable<Principal['registry']>;

const at = (value: unknown, path: string[]) =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );

/** The operation's root fields, also those inside inline fragments and named fragments on the root type. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, document, seen);
    const fragment = fragments.find((definition) => definition.name.value === selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, document, seen);
  });
}

type FacilityRow = { id: string; country: { code: string } | null; owner: { id: string } | null } | null;

/**
 * The registry's facts about `ids` (merged facilities' old ids resolve to the survivor); an id the
 * registry does not know is absent. Null when the registry did not answer properly.
 */
async function lookUpFacilities(suppliersUrl: string, secret: string, ids: string[]): Promise<RegistryFacts | null> {
  const query = `query (${ids.map((_id, index) => `$f${index}: ID!`).join(', ')}) { ${ids.map((_id, index) => `f${index}: facility(id: $f${index}) { id country { code } owner { id } }`).join(' ')} }`;
  const response = await fetch(suppliersUrl, {
    ...signedGraphQLRequest({ ...PUBLIC_PRINCIPAL, subject: 'gateway' }, secret, 'suppliers', {
      query,
      variables: Object.fromEntries(ids.map((id, index) => [`f${index}`, id])),
    }),
    signal: AbortSignal.timeout(3_000),
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

export function facilityReferenceCheck(
  suppliersUrl: () => string | undefined,
  secret: string,
): ApolloServerPlugin<GatewayContext> {
  const log = logger('gateway');
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          const mutationType = schema.getMutationType();
          if (!operation || operation.operation !== 'mutation' || !mutationType) return;
          const references: { path: string; id: string; whenRegistryDown: FacilityReference['whenRegistryDown'] }[] =
            [];
          for (const selection of rootFields(operation.selectionSet, document)) {
            const reference = FACILITY_REFERENCES[selection.name.value];
            if (!reference) continue;
            const field = mutationType.getFields()[selection.name.value] as GraphQLField<unknown, unknown>;
            const id = at(getArgumentValues(field, selection, request.variables ?? {}), reference.path);
            // Malformed ids are the subgraph's to explain; only well-formed ones are looked up.
            if (typeof id === 'string' && validateFacilityId(id.trim().toUpperCase()).ok)
              references.push({
                path: reference.path.join('.'),
                id: id.trim().toUpperCase(),
                whenRegistryDown: reference.whenRegistryDown,
              });
          }
          if (!references.length) return;
          const url = suppliersUrl();
          let facts: RegistryFacts | null = null;
          try {
            if (url) facts = await lookUpFacilities(url, secret, [...new Set(references.map(({ id }) => id))]);
          } catch (error) {
            log.warn({ err: (error as Error).message }, 'facility registry unreachable');
          }
          if (!facts) {
            // A link needs the registry's country and owner: without them it waits for the registry.
            if (references.some((reference) => reference.whenRegistryDown === 'refuse'))
              throw serviceUnavailable(
                'The facility registry cannot answer just now, so the facility could not be checked; nothing was changed. Try again shortly.',
                { http: { status: 503 } },
              );
            // Otherwise the write goes ahead: a worker's grievance is never lost to an outage, and
            // the handler links the facility later.
            log.warn('facility registry unreachable; mutation passes unchecked');
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
