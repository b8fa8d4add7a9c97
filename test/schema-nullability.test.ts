/**
 * One subgraph's outage must null only the fields that subgraph resolves. GraphQL turns a null in a
 * non-null field into a null of the nearest nullable ancestor, so a non-null field fetched from
 * another subgraph than its parent object takes the parent (and maybe everything above it) down
 * with that subgraph. This test reads the rule off the composed supergraph's join directives:
 *
 * - A type is defined by the subgraphs of its `@join__type(graph:)`; a field is resolved by the
 *   subgraphs of its `@join__field(graph:)` (all the type's subgraphs when it has none), except
 *   where `external: true` (the subgraph only receives it) or `usedOverridden: true`.
 * - A subgraph returns objects of type T when it resolves some field of type T (root fields
 *   included; an interface or union stands for its members).
 * - A field is cross-subgraph when one of the subgraphs returning its parent does not resolve it:
 *   the query planner then fetches it in a second fetch, from another subgraph, which can fail
 *   (be down, time out, or not know the entity) on its own. Such a field must be nullable.
 * - Only the field's own (outermost) type matters. A field's value — a list, its items and their
 *   order — comes whole from the one fetch that resolves the field: when that fetch fails the list
 *   is null as a whole, never item by item, so `[X!]` is fine wherever the list itself may be null.
 *   Items' own fields that come from another subgraph are checked where they are defined, on X
 *   (the item stays, only those fields become null).
 * - Root fields are fetched from one subgraph each, and a null in a non-null root field nulls the
 *   whole `data`, taking the other subgraphs' answers with it: every Query and Mutation field is
 *   nullable (a mutation's payload too, so an error in one mutation does not hide that the earlier
 *   ones of the operation were written).
 */
import { Kind, parse, type ConstDirectiveNode, type DefinitionNode, type FieldDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../scripts/compose';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

interface TypeInfo {
  graphs: string[];
  fields: readonly FieldDefinitionNode[];
}

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((directive) => directive.name.value === name);

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  if (value?.kind === Kind.ENUM || value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

function namedType(field: FieldDefinitionNode): string {
  let type = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

/** The cross-subgraph and root fields that are non-null, as `Type.field` with the reason. */
function nonNullFieldsAcrossSubgraphs(supergraphSdl: string): string[] {
  const definitions = parse(supergraphSdl).definitions;
  const types = new Map<string, TypeInfo>();
  const members = new Map<string, string[]>(); // an abstract type's possible object types
  const add = (definition: DefinitionNode) => {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      const graphs = directives(definition, 'join__type').map((directive) => String(argument(directive, 'graph')));
      types.set(definition.name.value, { graphs, fields: definition.fields ?? [] });
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION)
      for (const implemented of definition.interfaces ?? [])
        members.set(implemented.name.value, [...(members.get(implemented.name.value) ?? []), definition.name.value]);
    if (definition.kind === Kind.UNION_TYPE_DEFINITION)
      members.set(
        definition.name.value,
        (definition.types ?? []).map((member) => member.name.value),
      );
  };
  definitions.forEach(add);

  const resolvers = (type: TypeInfo, field: FieldDefinitionNode): string[] => {
    const joins = directives(field, 'join__field');
    if (!joins.length) return type.graphs;
    return joins.flatMap((join) => {
      if (argument(join, 'external') === true || argument(join, 'usedOverridden') === true) return [];
      const graph = argument(join, 'graph');
      return graph === undefined ? type.graphs : [String(graph)];
    });
  };

  // Which subgraphs return objects of each type.
  const returners = new Map<string, Set<string>>();
  for (const type of types.values())
    for (const field of type.fields) {
      const returned = namedType(field);
      for (const target of [returned, ...(members.get(returned) ?? [])])
        for (const graph of resolvers(type, field))
          returners.set(target, (returners.get(target) ?? new Set()).add(graph));
    }

  const offenders: string[] = [];
  for (const [name, type] of types)
    for (const field of type.fields) {
      if (field.type.kind !== Kind.NON_NULL_TYPE) continue;
      const coordinate = `${name}.${field.name.value}`;
      if (ROOT_TYPES.has(name)) {
        offenders.push(`${coordinate} (a root field of ${resolvers(type, field).join(', ')})`);
        continue;
      }
      const resolving = resolvers(type, field);
      const elsewhere = [...(returners.get(name) ?? [])].filter((graph) => !resolving.includes(graph));
      if (elsewhere.length)
        offenders.push(
          `${coordinate} (resolved by ${resolving.join(', ')}; ${name} also returned by ${elsewhere.join(', ')})`,
        );
    }
  return offenders.sort();
}

describe('nullability across subgraphs', () => {
  it('makes every field fetched from another subgraph than its parent nullable, and every root field', () => {
    const { supergraphSdl, errors } = composeSupergraph();
    expect(errors).toBeUndefined();
    const offenders = nonNullFieldsAcrossSubgraphs(supergraphSdl!);
    expect(offenders, `non-null fields that one subgraph's outage would propagate:\n${offenders.join('\n')}`).toEqual(
      [],
    );
  });

  it('finds a non-null field that another subgraph resolves, and a non-null root field', () => {
    const supergraph = `
      enum join__Graph { A @join__graph(name: "a", url: "") B @join__graph(name: "b", url: "") }
      type Query @join__type(graph: A) @join__type(graph: B) {
        place: Place @join__field(graph: A)
        places: [Place!]! @join__field(graph: B)
      }
      type Place @join__type(graph: A, key: "code") @join__type(graph: B, key: "code", resolvable: false) {
        code: ID!
        name: String! @join__field(graph: A)
        label: String @join__field(graph: A)
        owner: String! @join__field(graph: B, external: true) @join__field(graph: A)
      }
    `;
    expect(nonNullFieldsAcrossSubgraphs(supergraph)).toEqual([
      'Place.name (resolved by A; Place also returned by B)',
      'Place.owner (resolved by A; Place also returned by B)',
      'Query.places (a root field of B)',
    ]);
  });
});
