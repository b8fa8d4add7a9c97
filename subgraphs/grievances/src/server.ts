import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import type { SubgraphDefinition } from '../../../runtime/subgraph-server';
import type { Context } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { permissionRules } from './permissions';
import { resolvers } from './resolvers';
import { seedGrievances } from './seed';

export const grievancesSubgraph: SubgraphDefinition<Context> = {
  name: 'grievances',
  typeDefs: gql(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as SubgraphDefinition<Context>['resolvers'],
  entities,
  migrationsDir: new URL('./migrations/', import.meta.url),
  permissionRules,
  createContext: (base) => ({ ...base, loaders: createLoaders(base), filedInThisRequest: new Set(), ownedFacilities: new Set() }),
  seed: seedGrievances,
};
