import { readFileSync } from 'node:fs';
import type { DocumentNode } from 'graphql';
import { gql } from 'graphql-tag';
import type { SubgraphName } from './subgraph-names';

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

/** The conventions every subgraph shares (`runtime/schema/conventions.graphql`). */
export const conventionsSchemaSource = (): string => read('./schema/conventions.graphql');

/** A subgraph's full schema text: its own `schema.graphql` after the shared conventions. */
export const subgraphSchemaSource = (name: string): string =>
  `${read(`../subgraphs/${name}/schema.graphql`)}\n${conventionsSchemaSource()}`;

/** The parsed schema a subgraph serves. */
export const subgraphSchema = (name: SubgraphName): DocumentNode => gql(subgraphSchemaSource(name));
