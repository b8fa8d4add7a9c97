import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type GraphQLField } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { validateFacilityId } from '../../vocabulary/facility-id';
import { logger } from '../../runtime/logger';
import { PUBLIC_PRINCIPAL, signPrincipal } from '../../runtime/principal';

/**
 * Mutations whose input names a facility of the registry, and where in the arguments it is. A
 * subgraph cannot ask the suppliers subgraph whether a facility exists (no subgraph calls another),
 * so the gateway checks before the mutation runs: an unknown facility is BAD_USER_INPUT and
 * nothing is written.
 */
export const FACILITY_REFERENCES: Record<string, string[]> = {
  submitInspection: ['input', 'facilityId'],
  submitGrievance: ['input', 'facility', 'id'],
};

const at = (value: unknown, path: string[]) =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );

/** Which of `ids` the registry does not know (merged facilities' old ids resolve to the survivor). */
async function unknownFacilities(suppliersUrl: string, secret: string, ids: string[]): Promise<string[] | null> {
  const query = `query (${ids.map((_id, index) => `$f${index}: ID!`).join(', ')}) { ${ids.map((_id, index) => `f${index}: facility(id: $f${index}) { id }`).join(' ')} }`;
  const response = await fetch(suppliersUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signPrincipal({ ...PUBLIC_PRINCIPAL, subject: 'gateway' }, secret),
    },
    body: JSON.stringify({ query, variables: Object.fromEntries(ids.map((id, index) => [`f${index}`, id])) }),
    signal: AbortSignal.timeout(3_000),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string } | null> };
  if (!response.ok || !body.data) return null;
  return ids.filter((_id, index) => !body.data![`f${index}`]);
}

export function facilityReferenceCheck(suppliersUrl: () => string | undefined, secret: string): ApolloServerPlugin {
  const log = logger('gateway');
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          const mutationType = schema.getMutationType();
          if (!operation || operation.operation !== 'mutation' || !mutationType) return;
          const references: { path: string; id: string }[] = [];
          for (const selection of operation.selectionSet.selections) {
            const path = selection.kind === Kind.FIELD ? FACILITY_REFERENCES[selection.name.value] : undefined;
            if (!path || selection.kind !== Kind.FIELD) continue;
            const field = mutationType.getFields()[selection.name.value] as GraphQLField<unknown, unknown>;
            const id = at(getArgumentValues(field, selection, request.variables ?? {}), path);
            // Malformed ids are the subgraph's to explain; only well-formed ones are looked up.
            if (typeof id === 'string' && validateFacilityId(id.trim().toUpperCase()).ok)
              references.push({ path: path.join('.'), id: id.trim().toUpperCase() });
          }
          const url = suppliersUrl();
          if (!references.length || !url) return;
          let unknown: string[] | null;
          try {
            unknown = await unknownFacilities(url, secret, [...new Set(references.map((reference) => reference.id))]);
          } catch (error) {
            unknown = null;
            log.warn({ err: (error as Error).message }, 'facility registry unreachable; mutation passes unchecked');
          }
          // If the registry cannot answer, the write goes ahead: a worker's grievance is never lost
          // to an outage, and the handler links the facility later.
          if (!unknown?.length) return;
          const issues = references
            .filter((reference) => unknown!.includes(reference.id))
            .map((reference) => ({ path: reference.path, message: `facility ${reference.id} is not in the registry` }));
          throw new GraphQLError(`Unknown facility: ${unknown.join(', ')} is not in the registry`, {
            extensions: { code: 'BAD_USER_INPUT', issues, http: { status: 400 } },
          });
        },
      };
    },
  };
}
