import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GatewayContext } from './data-source';
import { referencedValues, type MutationReference } from './mutation-references';

/**
 * Recruitment agencies named by findings and grievances, looked up in the registry with the other
 * organisations a mutation names (`cooperation-references.ts`): an unknown one is BAD_USER_INPUT;
 * whether it is a RECRUITMENT_AGENCY is the subgraph's to check with the facts. `each` names the
 * field of every item of a list (each finding of an inspection). When the registry cannot answer,
 * an inspection is refused, but a grievance goes ahead (a worker's grievance is never lost to an
 * outage) and the grievances subgraph records the agency as unverified.
 */
export interface AgencyReference extends MutationReference {
  each?: string[];
  whenRegistryDown: 'proceed' | 'refuse';
}

export const AGENCY_REFERENCES: Record<string, AgencyReference> = {
  submitInspection: { path: ['input', 'findings'], each: ['recruitmentAgencyId'], whenRegistryDown: 'refuse' },
  submitGrievance: { path: ['input', 'recruitmentAgencyId'], whenRegistryDown: 'proceed' },
};

const MAX_ID_LENGTH = 100;
const plausible = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() && value.trim().length <= MAX_ID_LENGTH ? value.trim() : null;

const field = (item: unknown, path: string[]) =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    item,
  );

/** The agencies the operation's mutations name, each with its path in the arguments and its outage rule. */
export function namedAgencies(
  requestContext: GraphQLRequestContextDidResolveOperation<GatewayContext>,
): { id: string; path: string[]; whenRegistryDown: 'proceed' | 'refuse' }[] {
  return referencedValues(requestContext, AGENCY_REFERENCES).flatMap(({ reference, value }) => {
    const { path, each, whenRegistryDown } = reference;
    const listed: [unknown, string[]][] = each
      ? (Array.isArray(value) ? value : []).map((item: unknown, index) => [
          field(item, each),
          [...path, String(index), ...each],
        ])
      : [[value, path]];
    return listed.flatMap(([item, at]) => {
      const id = plausible(item);
      return id ? [{ id, path: at, whenRegistryDown }] : [];
    });
  });
}
