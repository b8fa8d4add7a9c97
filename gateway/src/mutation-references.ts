import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { config } from '../../runtime/config';
import { timeoutSetting } from '../../runtime/subgraph-names';
import type { GatewayContext } from './data-source';

/**
 * What the gateway looks up before a mutation runs, in another subgraph than the one that runs it
 * (no subgraph calls another): the facility a mutation names, the agreement whose mechanism a
 * grievance runs on. Each lookup names, per mutation, where the value is in its arguments.
 */
export interface MutationReference {
  path: string[];
}

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

/**
 * The values the operation's mutations give at their references' paths, each with its reference;
 * none for a query, or for a mutation the references do not name.
 */
export function referencedValues<Reference extends MutationReference>(
  { operation, document, schema, request }: GraphQLRequestContextDidResolveOperation<GatewayContext>,
  references: Record<string, Reference>,
): { reference: Reference; value: unknown }[] {
  const mutationType = schema.getMutationType();
  if (!operation || operation.operation !== 'mutation' || !mutationType) return [];
  return rootFields(operation.selectionSet, document).flatMap((selection) => {
    const reference = references[selection.name.value];
    if (!reference) return [];
    const field = mutationType.getFields()[selection.name.value] as GraphQLField<unknown, unknown>;
    return [{ reference, value: at(getArgumentValues(field, selection, request.variables ?? {}), reference.path) }];
  });
}

/** How long a lookup in a subgraph may take: its fetch timeout, never past the request's deadline. */
export function lookupDeadline(subgraph: 'suppliers' | 'agreements', requestDeadline: number | undefined): number {
  const settings = config();
  const timeoutMs = settings[timeoutSetting(subgraph)] ?? settings.SUBGRAPH_TIMEOUT_MS;
  return Math.min(Date.now() + timeoutMs, requestDeadline ?? Infinity);
}
